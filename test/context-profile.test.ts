// A slot's context is reused while the profile stays the same, so every
// setting that contextOptions() bakes into a context must change the profile
// key, and settings applied per shot or per browser must not (they would only
// cost contexts).

import assert from 'node:assert/strict';
import test from 'node:test';
import { defaultCaptureOptions } from '../src/config/settings.ts';
import type { Emulation, RenderOptions } from '../src/core/options.ts';
import { contextOptions } from '../src/core/render/context-options.ts';
import { contextProfile } from '../src/core/render/context-profile.ts';
import { renderWithoutFrame } from '../src/core/scale.ts';

const base: RenderOptions = renderWithoutFrame(defaultCaptureOptions({}, { cores: 2, freeMemBytes: 4 * 1024 ** 3 }).render);
const withEmulation = (emulation: Emulation): RenderOptions => ({ ...base, emulation });

test('each emulation setting a context is made with is part of its profile', () => {
  const changes: Array<[string, Emulation]> = [
    ['timezone', { timezone: 'Asia/Tokyo' }],
    ['locale', { locale: 'de-DE' }],
    ['geolocation', { geolocation: { latitude: 52.52, longitude: 13.405 } }],
    ['javascript', { javaScript: false }],
    ['reduced motion', { reducedMotion: false }],
  ];
  for (const [what, emulation] of changes) {
    const other = withEmulation(emulation);
    assert.notDeepEqual(contextOptions(other), contextOptions(base), `${what}: the context differs`);
    assert.notEqual(contextProfile(other).key, contextProfile(base).key, `${what}: so the profile must`);
  }
  // Defaults spelled out are the same context as defaults left out.
  assert.equal(contextProfile(withEmulation({ javaScript: true, reducedMotion: true, timezone: null })).key, contextProfile(base).key);
});

test('what is not in a context (the shot\'s background, the browser\'s proxy) costs no new context', () => {
  for (const emulation of [{ omitBackground: true }, { proxy: { server: 'http://127.0.0.1:3128' } }] satisfies Emulation[]) {
    assert.deepEqual(contextOptions(withEmulation(emulation)), contextOptions(base));
    assert.equal(contextProfile(withEmulation(emulation)).key, contextProfile(base).key);
  }
});
