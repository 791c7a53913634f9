/*
 * Loaded with `node --import` into a build that must run on another day: every `new Date()` and
 * `Date.now()` in the process reads SHIFT_CLOCK_DAYS days later (or earlier) than the real clock.
 * A test uses it to build "tomorrow" without waiting for it, with the content left untouched.
 */

const offset = Number(process.env.SHIFT_CLOCK_DAYS ?? '0') * 86_400_000;
const RealDate = Date;

class ShiftedDate extends RealDate {
  constructor(...args: ConstructorParameters<typeof Date> | []) {
    if (args.length === 0) super(RealDate.now() + offset);
    else super(...(args as ConstructorParameters<typeof Date>));
  }

  static override now(): number {
    return RealDate.now() + offset;
  }
}

if (offset !== 0) globalThis.Date = ShiftedDate as DateConstructor;
