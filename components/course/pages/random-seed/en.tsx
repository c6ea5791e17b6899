import type { ModelMetadata } from "@/lib/metadata";
import type { Copy } from "./copy";

export const en = (m: ModelMetadata): Copy => ({
  intro: (
    <>
      Training is full of chance. Run the same script twice without a seed and you get two slightly different models
      with slightly different accuracies. A seed makes the chance repeatable.
    </>
  ),
  randomTitle: "What is random in training",
  random: [
    <>
      The starting weights. Every embedding number starts as a small random value (the line below); the LSTM and output
      weights start from their own random recipes.
    </>,
    <>
      The order of the reviews. Each epoch shuffles the training reviews before cutting them into batches of{" "}
      {m.training.batchSize}.
    </>,
  ],
  seedTitle: "What a seed does",
  seed: (
    <>
      Computers make &ldquo;random&rdquo; numbers with a pseudo-random number generator: a formula that turns one number
      into the next. The seed is the first number. The same seed gives the same sequence, so the same starting weights
      and the same shuffles, so the same trained model. This model was trained with seed <code>{m.training.seed}</code>.
    </>
  ),
  sevenTitle: "Why 7?",
  seven: (
    <>
      No reason. Any integer works and none is better than another; 7 is simply what the tutorial&apos;s author (Jason
      Brownlee, in{" "}
      <a href="https://machinelearningmastery.com/sequence-classification-lstm-recurrent-neural-networks-python-keras/">
        Sequence Classification with LSTM Recurrent Neural Networks in Python with Keras
      </a>
      ) typed. What matters is writing it down, so someone else can repeat the run. Try another seed and the test
      accuracy moves a little: that spread tells you how much of a difference between two models is luck.
    </>
  ),
  oursTitle: "In this project",
  ours: (
    <>
      One seed feeds every source of chance: <code>buildModel</code> derives one seed per layer&apos;s initializer from
      it, and the shuffles use <code>seededRandom</code>, a small generator of our own that gives the same numbers on
      every machine. A unit test trains twice with the same seed and checks that the weights match.
    </>
  ),
  kerasTitle: "In Keras: which call fixes what",
  keras: (
    <>
      Which seeding line the tutorial needs depends on the Keras it runs on. On Keras 3 an initializer given no seed
      draws one from Python&apos;s <code>random</code> module (<code>make_default_seed</code> in{" "}
      <code>keras/src/random/seed_generator.py</code>), so Python&apos;s seed fixes the starting weights.{" "}
      <code>model.fit</code> shuffles NumPy arrays with <code>np.random.permutation</code> on the JAX backend and with{" "}
      <code>tf.random.shuffle</code> on the TensorFlow backend. So <code>tf.random.set_seed(7)</code> alone leaves the
      starting weights unfixed on Keras 3. <code>keras.utils.set_random_seed(7)</code> seeds Python, NumPy and
      TensorFlow (when installed) in one call; <code>python/imdb_lstm.py</code> uses it. Run{" "}
      <code>python python/imdb_lstm.py --check-seeding</code> to see it: the file builds the model twice after each call
      and compares the starting weights and the first epoch&apos;s order (Keras 3, JAX backend):
    </>
  ),
  kerasHead: ["call before building", "same starting weights", "same shuffle"],
  yes: "yes",
  no: "no",
  onBackend: (backend) => `on ${backend} only`,
  kerasOld: (
    <>
      The tutorial&apos;s first version had <code>numpy.random.seed(7)</code>. It was written for multi-backend Keras 2,
      whose backend random ops drew their seed from NumPy (<code>np.random.randint</code>) when given none, and whose{" "}
      <code>fit</code> shuffled with NumPy: there NumPy&apos;s seed fixed both. Its TensorFlow 2 version,{" "}
      <code>tf.random.set_seed(7)</code>, was right for tf.keras 2, whose initializers and shuffle drew from
      TensorFlow&apos;s global seed. Even with every seed set, TensorFlow may pick non-deterministic kernels (on GPUs,
      or parallel sums); <code>tf.config.experimental.enable_op_determinism()</code> forbids those, at some cost in
      speed.
    </>
  ),
  limitsTitle: "What a seed does not fix",
  limits: [
    <>
      <strong>Other backends.</strong> TensorFlow.js can compute on plain JavaScript, WebAssembly, native TensorFlow or
      a GPU. Each adds numbers in its own order, and floating-point rounding depends on the order. The differences start
      in the last digits and grow over thousands of updates. This model was trained on the <code>{m.backend}</code>{" "}
      backend with TensorFlow.js {m.tfjsVersion}.
    </>,
    <>
      <strong>Other hardware and threads.</strong> Processors with different vector instructions, or parallel sums split
      across a different number of threads, round differently too. GPU libraries such as cuDNN are not even
      deterministic run to run unless told to be.
    </>,
    <>
      <strong>Other library versions.</strong> A new version may change an initializer or a kernel.
    </>,
  ],
  same: (
    <>
      So a seed promises the same result on the same setup: same code, same data, same backend, same machine type. That
      is what the model card&apos;s training command records.
    </>
  ),
});
