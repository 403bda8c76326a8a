/**
 * Invalid DOM nesting (a <div> in a <p>, a link in a link, a list in a button) is a defect that React only reports on
 * the console ("In HTML, <div> cannot be a descendant of <p>"). The test setup watches the console and fails the
 * test that rendered one (see setup.ts).
 */
const INVALID_NESTING = /In HTML, .* cannot (be a (descendant|child) of|contain a nested)|validateDOMNesting/;
const found: string[] = [];

/** Wraps console.error so that nesting reports are kept (and still printed). */
export function watchDomNesting() {
  const consoleError = console.error.bind(console);
  console.error = (...args: unknown[]) => {
    const [format, ...rest] = args;
    if (typeof format === 'string' && INVALID_NESTING.test(format)) {
      let i = 0;
      found.push(format.split('\n')[0]!.replace(/%s/g, () => String(rest[i++])));
    }
    consoleError(...args);
  };
}

/** The reports since the last call (and forgets them). */
export function takeNestingErrors(): string[] {
  return [...new Set(found.splice(0))];
}
