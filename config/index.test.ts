import { ConfigError, loadConfig } from '.';

describe('configuration', () => {
  describe('TRUST_PROXY', () => {
    it('trusts nobody by default', () => {
      expect(loadConfig({}).TRUST_PROXY).toBe(false);
    });

    it('takes a number of hops or a list of addresses, CIDRs and Express subnet names', () => {
      expect(loadConfig({ TRUST_PROXY: '2' }).TRUST_PROXY).toBe(2);
      expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, loopback,::1,fd00::/8' }).TRUST_PROXY).toEqual(['10.0.0.0/8', 'loopback', '::1', 'fd00::/8']);
    });

    it.each(['true', '10.0.0.0/33', 'proxy.example', '10.0.0.1/8/2'])('refuses %s at start-up', (value) => {
      expect(() => loadConfig({ TRUST_PROXY: value })).toThrow(ConfigError);
    });
  });

  describe('ALLOWED_ORIGINS', () => {
    it('is empty by default and keeps each origin in its serialised form', () => {
      expect(loadConfig({}).ALLOWED_ORIGINS).toEqual([]);
      expect(loadConfig({ ALLOWED_ORIGINS: 'https://zj.example.gov.cn, http://10.1.1.1:8080/' }).ALLOWED_ORIGINS).toEqual(['https://zj.example.gov.cn', 'http://10.1.1.1:8080']);
    });

    it.each(['https://zj.example.gov.cn/admin', 'zj.example.gov.cn', 'ftp://zj.example.gov.cn'])('refuses %s, which is not an origin', (value) => {
      expect(() => loadConfig({ ALLOWED_ORIGINS: value })).toThrow(/ALLOWED_ORIGINS/);
    });
  });

  describe('DUE_SOON_WORKING_DAYS_BY_TYPE', () => {
    it('reads type:days pairs over the default N', () => {
      const c = loadConfig({ DUE_SOON_WORKING_DAYS: '3', DUE_SOON_WORKING_DAYS_BY_TYPE: 'licenseDecision:5, planApproval:1' });
      expect(c.DUE_SOON_WORKING_DAYS).toBe(3);
      expect(c.DUE_SOON_WORKING_DAYS_BY_TYPE).toEqual({ licenseDecision: 5, planApproval: 1 });
      expect(loadConfig({}).DUE_SOON_WORKING_DAYS_BY_TYPE).toEqual({});
    });

    it.each(['licence:5', 'receipt:-1', 'receipt', 'receipt:1:2', 'receipt:1,receipt:2'])('refuses %s at start-up', (value) => {
      expect(() => loadConfig({ DUE_SOON_WORKING_DAYS_BY_TYPE: value })).toThrow(/DUE_SOON_WORKING_DAYS_BY_TYPE/);
    });
  });

  it('sends no HSTS unless told: the quick start serves plain HTTP', () => {
    expect(loadConfig({}).HSTS_MAX_AGE).toBe(0);
  });

  it('serves no worker metrics unless told; an address is host:port', () => {
    expect(loadConfig({}).WORKER_METRICS_ADDRESS).toBe('');
    expect(loadConfig({ WORKER_METRICS_ADDRESS: '0.0.0.0:9464' }).WORKER_METRICS_ADDRESS).toBe('0.0.0.0:9464');
    for (const value of ['9464', 'worker-1', 'http://worker-1:9464', ':9464', 'worker-1:port']) expect(() => loadConfig({ WORKER_METRICS_ADDRESS: value })).toThrow(/WORKER_METRICS_ADDRESS/);
  });

  it("caches 1,000 workflows in a worker unless told (under 1.5 GB with 10,000 open); a size is a whole number from 0 (no cache) to 100,000", () => {
    expect(loadConfig({}).WORKER_MAX_CACHED_WORKFLOWS).toBe(1000);
    expect(loadConfig({ WORKER_MAX_CACHED_WORKFLOWS: '2000' }).WORKER_MAX_CACHED_WORKFLOWS).toBe(2000);
    expect(loadConfig({ WORKER_MAX_CACHED_WORKFLOWS: '0' }).WORKER_MAX_CACHED_WORKFLOWS).toBe(0);
    for (const value of ['-1', '1.5', 'lots', '100001']) expect(() => loadConfig({ WORKER_MAX_CACHED_WORKFLOWS: value })).toThrow(/WORKER_MAX_CACHED_WORKFLOWS/);
  });

  describe('the production shape’s settings', () => {
    it('default to two workers, two API instances and the machine’s PostgreSQL as postgres', () => {
      const c = loadConfig({});
      expect([c.PRODUCTION_WORKERS, c.PRODUCTION_API_INSTANCES]).toEqual([2, 2]);
      expect([c.TEMPORAL_DB_HOST, c.TEMPORAL_DB_PORT, c.TEMPORAL_DB_USER, c.TEMPORAL_DB_PASSWORD, c.TEMPORAL_DB, c.TEMPORAL_VISIBILITY_DB, c.TEMPORAL_HISTORY_SHARDS]).toEqual(['127.0.0.1', 5432, 'postgres', '', 'temporal', 'temporal_visibility', 4]);
      expect(loadConfig({ PRODUCTION_WORKERS: '1', TEMPORAL_DB_PORT: '5433', TEMPORAL_DB: 'zj_temporal_7' })).toMatchObject({ PRODUCTION_WORKERS: 1, TEMPORAL_DB_PORT: 5433, TEMPORAL_DB: 'zj_temporal_7' });
    });

    it.each([
      ['PRODUCTION_WORKERS', '0'],
      ['PRODUCTION_WORKERS', '17'],
      ['PRODUCTION_API_INSTANCES', '1.5'],
      ['PRODUCTION_API_INSTANCES', 'two'],
      ['TEMPORAL_DB_PORT', '65536'],
      ['TEMPORAL_DB_HOST', ''],
      ['TEMPORAL_DB', 'temporal; DROP DATABASE x'],
      ['TEMPORAL_VISIBILITY_DB', '1visibility'],
      ['TEMPORAL_HISTORY_SHARDS', '0'],
    ])('refuses %s=%j at start-up, naming the setting', (key, value) => {
      expect(() => loadConfig({ [key]: value })).toThrow(new RegExp(`^invalid configuration:\\n  ${key}:`));
    });
  });
});
