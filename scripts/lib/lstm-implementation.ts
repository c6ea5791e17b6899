/**
 * Which LSTM code trains a model, the IMDB one or the EEG one: `fast` (scripts/lib/fast-lstm.ts,
 * a few large ops per sequence) or `layers` (tf.layers.lstm's own step loop, Keras-style
 * trainOnBatch). Both compute the same numbers and save the same standard model.
 */
export type LstmImplementation = "fast" | "layers";
export const LSTM_IMPLEMENTATIONS: readonly LstmImplementation[] = ["fast", "layers"];
