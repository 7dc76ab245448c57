import { signDelivery } from './deliverySignature';
import { refusedSubscriptionUrl, type PlatformAddresses } from './sharing';

// Which webhook URLs a subscription may name (F13): http(s) only, never the platform's own services.

const platform: PlatformAddresses = { ports: [8080], others: [{ host: '127.0.0.1', port: 7233 }, { host: 'db.internal', port: 3306 }], ownHosts: ['zongjian-app-1'] };
const code = (url: string) => refusedSubscriptionUrl(url, platform)?.code ?? null;

describe('subscription URLs', () => {
  it('takes http and https receivers, also local ones on other ports', () => {
    for (const url of ['https://sharing.example.gov.cn/hook', 'http://10.0.0.5:8443/zj', 'http://127.0.0.1:9099/hook', 'http://localhost:3000/', 'http://db.internal:8080/']) expect(code(url)).toBeNull();
  });

  it('refuses other schemes, credentials and what is not a URL', () => {
    expect(code('ftp://example.gov.cn/')).toBe('subscription-url-scheme');
    expect(code('javascript:alert(1)')).toBe('subscription-url-scheme');
    expect(code('http://u:p@example.gov.cn/')).toBe('subscription-url-credentials');
    expect(code('example.gov.cn/hook')).toBe('subscription-url-invalid');
  });

  it('refuses the platform itself: its API port on loopback or its own host names, Temporal, the database, cloud metadata', () => {
    for (const url of ['http://127.0.0.1:8080/api', 'http://localhost:8080/', 'http://[::1]:8080/', 'http://127.1.2.3:8080/', 'http://zongjian-app-1:8080/', 'http://0.0.0.0:8080/']) expect(code(url)).toBe('subscription-url-platform');
    for (const url of ['http://127.0.0.1:7233/', 'http://localhost:7233/', 'http://db.internal:3306/', 'http://169.254.169.254/latest/meta-data/']) expect(code(url)).toBe('subscription-url-platform');
  });
});

describe('delivery signature', () => {
  it('is sha256=<hex HMAC-SHA256 of "<timestamp>.<body>"> (a value computed elsewhere, with openssl)', () => {
    // printf '1764480000.{"id":1}' | openssl dgst -sha256 -hmac whsec_test
    expect(signDelivery('whsec_test', '1764480000', '{"id":1}')).toBe('sha256=ce10991c0fb6ee1493e6b8c621056345a940346f9eb4f974dda3add184b98e35');
  });
});
