import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { describePreset, expandPreset, PRESETS } from "./presets";

describe("expandPreset", () => {
  it("puts the preset's flags first, so the user's own flags win", () => {
    const { argv, preset } = expandPreset(["--data", "ds", "--preset", "chen2022", "--band=0.1,30"]);
    assert.equal(preset, PRESETS.chen2022);
    assert.deepEqual(argv.slice(-3), ["--data", "ds", "--band=0.1,30"]);
    assert.ok(argv.indexOf("--band=1,30") < argv.indexOf("--band=0.1,30"));
    for (const flag of [
      "--notch=50",
      "--notch-harmonics=yes",
      "--resample=256",
      "--window=-0.2,0.8",
      "--baseline=-0.2,0",
    ])
      assert.ok(argv.includes(flag), flag);
    assert.ok(argv.includes("--stimulus=0400") && argv.includes("--label-response=0500=0,0501=1"));
  });
  it("adds its labelling flags only when the user gives none", () => {
    const { argv } = expandPreset(["--preset=chen2022", "--stimulus", "0400", "--label-column", "response"]);
    assert.ok(!argv.includes("--label-response=0500=0,0501=1"));
  });
  it("leaves argv alone without --preset, and names the known presets for an unknown one", () => {
    assert.deepEqual(expandPreset(["--data", "x"]), { argv: ["--data", "x"], preset: null });
    assert.throws(() => expandPreset(["--preset", "chen2021"]), /unknown preset "chen2021"; known: chen2022/);
  });
  it("says what the authors did that the template does not", () => {
    const text = describePreset(PRESETS.chen2022).join("\n");
    assert.match(text, /does NOT do[\s\S]*ICA[\s\S]*autoreject/);
  });
});
