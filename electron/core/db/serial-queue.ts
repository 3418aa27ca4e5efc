/**
 * Runs operations one at a time. TypeORM's sqlite driver shares a single connection, so two
 * interleaved transactions would nest or see each other's uncommitted rows; queueing every
 * dispatched operation keeps each one atomic and isolated. (A desktop app's load is a few calls a
 * second; a later PostgreSQL driver can lift this.)
 */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  /**
   * `afterEach` runs after every task, before its caller hears back and before the next task
   * starts (the core rewrites the audit head file there). Its own failure never fails the task.
   */
  constructor(private readonly afterEach?: () => Promise<void>) {}

  run<T>(task: () => Promise<T>): Promise<T> {
    const after = async () => {
      await this.afterEach?.().catch(() => undefined);
    };
    const result = this.tail.then(task, task).then(
      async (value) => {
        await after();
        return value;
      },
      async (error: unknown) => {
        await after();
        throw error;
      },
    );
    this.tail = result.catch(() => undefined);
    return result;
  }
}
