import { describe, expect, it } from 'vitest';
import { inlinePayloadBytes, scriptSources } from '../../bench/page';

describe('comparison page measurements', () => {
  it('lists script sources once each, in order, leaving out noModule polyfills', () => {
    const html =
      '<script src="/a.js" async="" nonce="x"></script><script src="/p.js" noModule="" nonce="x"></script>' +
      '<script nonce="x" src="/b.js"></script><script src="/a.js"></script><script>inline()</script>';
    expect(scriptSources(html)).toEqual(['/a.js', '/b.js']);
  });
  it('counts the bytes of inline RSC pushes, with or without a nonce', () => {
    const html = '<script nonce="n">self.__next_f.push([1,"ab"])</script><script>self.__next_f.push([1,"c"])</script><script>x()</script>';
    expect(inlinePayloadBytes(html)).toBe('self.__next_f.push([1,"ab"])'.length + 'self.__next_f.push([1,"c"])'.length);
  });
});
