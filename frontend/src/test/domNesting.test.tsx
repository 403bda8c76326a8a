import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { takeNestingErrors } from './domNesting';

describe('the invalid-nesting watch of the test setup', () => {
  it('catches a <div> inside a <p> and a link inside a link (so that the test rendering them fails)', () => {
    render(
      <p>
        <div>block in a paragraph</div>
        <a href="/a">
          <a href="/b">link in a link</a>
        </a>
      </p>,
    );
    const errors = takeNestingErrors(); // taken here, so that this test itself passes
    expect(errors.some((e) => e.includes('<div> cannot be a descendant of <p>'))).toBe(true);
    expect(errors.some((e) => e.includes('<a> cannot be a descendant of <a>'))).toBe(true);
  });

  it('says nothing of valid nesting', () => {
    render(
      <div>
        <p>text</p>
        <ul>
          <li>
            <a href="/a">link</a>
          </li>
        </ul>
      </div>,
    );
    expect(takeNestingErrors()).toEqual([]);
  });
});
