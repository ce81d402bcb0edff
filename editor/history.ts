/**
 * Undo and redo over snapshots of the campaign. Typing into one field is one step, not one step per
 * key: a change with the same `key` as the one before replaces it instead of adding a step.
 */
export class History<T> {
  private past: T[] = [];
  private future: T[] = [];
  private lastKey?: string;

  constructor(
    public present: T,
    private readonly limit = 200,
  ) {}

  get canUndo(): boolean {
    return this.past.length > 0;
  }

  get canRedo(): boolean {
    return this.future.length > 0;
  }

  /** Makes `next` the present; `key` names the field being typed into (steps merge per key). */
  push(next: T, key?: string): void {
    if (next === this.present) return;
    if (key === undefined || key !== this.lastKey || !this.past.length) {
      this.past.push(this.present);
      if (this.past.length > this.limit) this.past.shift();
    }
    this.present = next;
    this.future = [];
    this.lastKey = key;
  }

  undo(): T | undefined {
    const previous = this.past.pop();
    if (previous === undefined) return undefined;
    this.future.push(this.present);
    this.present = previous;
    this.lastKey = undefined;
    return previous;
  }

  redo(): T | undefined {
    const next = this.future.pop();
    if (next === undefined) return undefined;
    this.past.push(this.present);
    this.present = next;
    this.lastKey = undefined;
    return next;
  }

  /** Ends the current typing step: the next change to the same field is a new step. */
  seal(): void {
    this.lastKey = undefined;
  }
}
