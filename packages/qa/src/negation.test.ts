import { describe, expect, it } from 'vitest';
import { affirmedStems, deniedStems, denies } from './negation.ts';
import { englishStem } from './stem.ts';

describe('denial in a sentence', () => {
  it('denies what follows a negation, up to the next comma', () => {
    expect(denies('host: không có network namespace riêng, không cô lập network', 'network')).toBe(true);
    expect(deniedStems('no NAT and no port publishing').has('nat')).toBe(true);
    expect(affirmedStems('shares the host network stack, no NAT').has('host')).toBe(true);
    expect(affirmedStems('shares the host network stack, no NAT').has('nat')).toBe(false);
  });

  it('denies nothing in a condition closed by "thì", and affirms what follows it', () => {
    const sentence = 'khi docker pull một image mà không ghi registry thì Docker lấy từ Docker Hub';
    expect(denies(sentence, 'registry')).toBe(false);
    expect(denies(sentence, 'docker hub')).toBe(false);
    expect(affirmedStems(sentence).has('hub')).toBe(true);
    // A negation that opens the condition: what follows "thì" is read on its own.
    const publish = 'Không publish port thì container trên network bridge không truy cập được từ bên ngoài';
    expect(denies(publish, 'publish port')).toBe(false);
    expect(denies(publish, 'ben ngoai')).toBe(true);
    // A "thì" inside brackets closes no condition.
    expect(denies('không cần NAT (ứng dụng mở port nào thì port đó mở trên host)', 'nat')).toBe(true);
  });

  it('denies in brackets only up to the closing bracket', () => {
    const sentence = 'Internal network links together (with no way out) each attached Container';
    expect(denies(sentence, 'way out')).toBe(true);
    expect(denies(sentence, 'container')).toBe(false);
    expect(affirmedStems(sentence).has(englishStem('attached'))).toBe(true);
  });
});
