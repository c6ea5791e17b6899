import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { parseTrajectoryReport } from "./trajectory-report";
import { parseTrialPicture } from "./trial-picture";

const REPORT = "public/eeg-comparison/foodchoice-mini-trajectories-within-subject.json";
const PICTURE = "components/eeg/own-recordings/trial-picture.json";

test("parseTrajectoryReport reads the committed report and refuses another kind, a missing model or a bad share", () => {
  const value = JSON.parse(readFileSync(REPORT, "utf8"));
  assert.equal(parseTrajectoryReport(value, REPORT).kind, "trajectory-comparison");
  assert.throws(
    () => parseTrajectoryReport({ ...value, kind: "sequence-comparison" }, "x.json"),
    /x\.json is not a trajectory/,
  );
  const { "points-lr": _dropped, ...oneModel } = value.models;
  assert.throws(() => parseTrajectoryReport({ ...value, models: oneModel }, "x.json"), /points-lr/);
  assert.throws(() => parseTrajectoryReport({ ...value, share: 1.5 }, "x.json"), /share/);
});

test("parseTrialPicture reads the committed picture and refuses one without events", () => {
  const value = JSON.parse(readFileSync(PICTURE, "utf8"));
  assert.ok(parseTrialPicture(value, PICTURE).events.length >= 2);
  const { events: _events, ...withoutEvents } = value;
  assert.throws(() => parseTrialPicture(withoutEvents, "p.json"), /p\.json is not a trial picture/);
});
