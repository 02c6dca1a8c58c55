import { describe, expect, it } from 'vitest';
import { isTrustedAppUrl, isTrustedSender } from '../../../../electron/main/trusted-origin.js';

const dev = 'http://localhost:5173/';

describe('isTrustedAppUrl', () => {
  it.each([
    ['app://paybatch/index.html', undefined, true],
    ['app://paybatch/', undefined, true],
    ['app://paybatch/assets/index.js', undefined, true],
    ['app://evil/index.html', undefined, false],
    ['app://paybatch.evil/index.html', undefined, false],
    ['app://user:pw@paybatch/index.html', undefined, false],
    ['file:///etc/passwd', undefined, false],
    ['https://paybatch/index.html', undefined, false],
    ['http://localhost:5173/', undefined, false],
    ['http://localhost:5173/', dev, true],
    ['http://localhost:5173/review', dev, true],
    ['http://localhost:5174/', dev, false],
    ['http://127.0.0.1:5173/', dev, false],
    ['https://localhost:5173/', dev, false],
    ['https://example.com/', dev, false],
    ['http://localhost:8080/', 'http://example.com:8080/', false],
    ['javascript:alert(1)', dev, false],
    ['data:text/html,<script>1</script>', dev, false],
    ['not a url', dev, false],
    ['', undefined, false],
  ])('%s (dev server %s) → %s', (url, devServer, expected) => {
    expect(isTrustedAppUrl(url, devServer)).toBe(expected);
  });
});

describe('isTrustedSender', () => {
  const ours = new Set([7]);
  const good = { senderId: 7, frameUrl: 'app://paybatch/index.html', isMainFrame: true };

  it('accepts our window, our origin, main frame', () => {
    expect(isTrustedSender(good, ours)).toBe(true);
  });
  it('refuses another webContents', () => {
    expect(isTrustedSender({ ...good, senderId: 8 }, ours)).toBe(false);
  });
  it('refuses a subframe, even on our origin', () => {
    expect(isTrustedSender({ ...good, isMainFrame: false }, ours)).toBe(false);
  });
  it('refuses a frame that navigated away', () => {
    expect(isTrustedSender({ ...good, frameUrl: 'https://evil.example/' }, ours)).toBe(false);
  });
  it('refuses a destroyed frame', () => {
    expect(isTrustedSender({ ...good, frameUrl: undefined }, ours)).toBe(false);
  });
  it('refuses everything when no window is ours', () => {
    expect(isTrustedSender(good, new Set())).toBe(false);
  });
  it('accepts the dev server only when it is configured', () => {
    const devFrame = { ...good, frameUrl: 'http://localhost:5173/' };
    expect(isTrustedSender(devFrame, ours)).toBe(false);
    expect(isTrustedSender(devFrame, ours, dev)).toBe(true);
  });
});
