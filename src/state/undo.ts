/**
 * Undo steps for a multi-step create, as the CRI's RunPodSandbox defers its cleanups: each create
 * registers its undo right after it succeeds; on failure they run in reverse. A step that finds
 * its object gone has nothing to do. Steps take no abort signal of the caller's: cleanup runs to
 * the end even after a timeout or Ctrl-C.
 */
import { isNotFound } from '../errors.js';

export type UndoStep = () => Promise<unknown>;

export class UndoStack {
  #steps: { what: string; step: UndoStep }[] = [];

  /** Registers the undo of something just made. */
  defer(what: string, step: UndoStep): void {
    this.#steps.push({ what, step });
  }

  /** Keeps everything: the create succeeded. */
  dismiss(): void {
    this.#steps = [];
  }

  /**
   * Runs every step, last first. Not-found counts as done; other failures do not stop the rest,
   * and are returned so that the caller can attach them to the original error.
   */
  async run(): Promise<Error[]> {
    const failures: Error[] = [];
    const steps = this.#steps.reverse();
    this.#steps = [];
    for (const { what, step } of steps) {
      try {
        await step();
      } catch (err) {
        if (!isNotFound(err))
          failures.push(new Error(`undo ${what}: ${err instanceof Error ? err.message : String(err)}`, { cause: err }));
      }
    }
    return failures;
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.run();
  }
}

/**
 * Runs `body` with an undo stack: on success the stack is dismissed; on failure its steps run,
 * then the original error is rethrown (undo failures ride along as its `suppressed`).
 */
export async function withUndo<T>(body: (undo: UndoStack) => Promise<T>): Promise<T> {
  const undo = new UndoStack();
  try {
    const result = await body(undo);
    undo.dismiss();
    return result;
  } catch (err) {
    const failures = await undo.run();
    if (failures.length > 0 && err instanceof Error) Object.assign(err, { suppressed: failures });
    throw err;
  }
}

/** Awaits step, treating a not-found error as success (the thing is gone already). */
export async function ignoreNotFound(step: Promise<unknown>): Promise<void> {
  try {
    await step;
  } catch (err) {
    if (!isNotFound(err)) throw err;
  }
}
