import { afterEach, describe, expect, it } from 'vitest';
import { startUserAction, userActionFor } from './userAction';

describe('the user action sent with every call', () => {
  afterEach(() => window.history.replaceState(null, '', '/'));

  it('stays the same for the reads of one page, and changes with the page or its filters', () => {
    window.history.replaceState(null, '', '/case-files/1');
    const page = userActionFor('GET');
    expect(userActionFor('GET')).toBe(page);
    expect(userActionFor('HEAD')).toBe(page);
    window.history.replaceState(null, '', '/case-files/1?kind=visit');
    const filtered = userActionFor('GET');
    expect(filtered).not.toBe(page);
    window.history.replaceState(null, '', '/case-files/2');
    expect(userActionFor('GET')).not.toBe(filtered);
  });

  it('starts with every change, and the reads that follow belong to it', () => {
    window.history.replaceState(null, '', '/case-files/1');
    const page = userActionFor('GET');
    const change = userActionFor('POST');
    expect(change).not.toBe(page);
    expect(userActionFor('GET')).toBe(change);
    expect(userActionFor('PUT')).not.toBe(change);
  });

  it('starts when asked (a download)', () => {
    const before = userActionFor('GET');
    const download = startUserAction();
    expect(download).not.toBe(before);
    expect(userActionFor('GET')).toBe(download);
  });
});
