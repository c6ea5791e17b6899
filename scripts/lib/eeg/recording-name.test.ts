import assert from "node:assert/strict";
import { it } from "node:test";
import { recordingName } from "./recording-name";

it("reads BIDS entities from the name or the folders", () => {
  assert.deepEqual(recordingName("data/sub-07_ses-2_task-food_eeg.edf"), {
    subject: "07",
    session: "2",
    stem: "sub-07_ses-2_task-food_eeg",
  });
  assert.deepEqual(recordingName("bids/sub-p3/ses-a/eeg/rec.bdf"), { subject: "p3", session: "a", stem: "rec" });
});

it("falls back to the pattern on the file name (PhysioNet: S001R04 is subject S001)", () => {
  assert.deepEqual(recordingName("eegmmidb/S001/S001R04.edf"), { subject: "S001", session: null, stem: "S001R04" });
  assert.equal(recordingName("x/p12-run3.edf", "^p(\\d+)").subject, "12");
});

it("names the file when no subject can be found", () => {
  assert.throws(() => recordingName("x/recording.edf"), /cannot tell the subject of x\/recording\.edf/);
});
