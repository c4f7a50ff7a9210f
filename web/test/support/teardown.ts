/**
 * Collects clean-up steps as resources are started, and runs them last-first: a `beforeAll` that fails half-way
 * still stops what it had started.
 * @example const teardown = new Teardown(); afterAll(() => teardown.run()); const router = teardown.add(await startFixtureRouter('data'));
 */
export class Teardown {
  private readonly steps: Array<() => Promise<void>> = [];

  add<T extends { close(): Promise<void> }>(resource: T): T {
    this.steps.push(() => resource.close());
    return resource;
  }

  async run(): Promise<void> {
    for (const step of this.steps.splice(0).reverse()) await step();
  }
}
