import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { mapChannels, toChannels, toSamples } from "./channels";

describe("channel layouts", () => {
  it("transposes [timeSteps, channels] to [channels, timeSteps] and back", () => {
    assert.deepEqual(
      toChannels([
        [1, 2, 3],
        [4, 5, 6],
      ]),
      [
        [1, 4],
        [2, 5],
        [3, 6],
      ],
    );
    assert.deepEqual(
      toSamples([
        [1, 4],
        [2, 5],
        [3, 6],
      ]),
      [
        [1, 2, 3],
        [4, 5, 6],
      ],
    );
  });
  it("maps each channel's signal", () => {
    assert.deepEqual(
      mapChannels(
        [
          [1, 10],
          [2, 20],
        ],
        (signal, c) => signal.map((x) => x + c),
      ),
      [
        [1, 11],
        [2, 21],
      ],
    );
  });
});
