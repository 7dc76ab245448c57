import crypto from 'node:crypto';
import ExcelJS from 'exceljs';
import { XLSX_TYPE } from '../../api/workbook';
import { indexAllEntityNames, indexEntityNames } from '../../db/entitySearch';
import { testDatabases } from '../support/databases';
import { newCreditCode, registration } from '../support/events';
import { eventually, startPlatform, type TestPlatform } from '../support/platform';

// Entity search (GET /api/v1/entities, F11): by credit code or by any fragment of the name through the name
// index (db/entitySearch.ts), with filters and paging. The register is arranged as a bulk load leaves it
// (entities and their grams in one go); one entity goes through the registration API and its workflow.

const FENGJING = '310116102';
const ZHUJING = '310116101';

interface Fixture {
  name: string;
  regionCode?: string;
  industryCode?: string;
  riskClass?: string;
  status?: string;
}

const FIXTURES: Record<string, Fixture> = {
  fengjingFood: { name: '上海枫泾食品有限公司', industryCode: 'F5223', riskClass: 'A' },
  fengjingTrade: { name: '上海枫泾贸易有限公司', industryCode: 'F5199', riskClass: 'B' },
  zhujingFood: { name: '上海朱泾食品商行', regionCode: ZHUJING, industryCode: 'F5223', riskClass: 'C' },
  closedShop: { name: '金山区枫泾镇小林食品店', industryCode: 'F5223', riskClass: 'D', status: 'deregistered' },
  fullWidth: { name: '上海ＡＢＣ（枫泾）科技有限公司', industryCode: 'I6513', riskClass: 'B' },
  twice: { name: '上海上海食品有限公司', regionCode: ZHUJING, industryCode: 'F5223', riskClass: 'B' },
  // Holds 枫泾, 泾食 and 食品 but not 枫泾食品: the pairs must sit side by side.
  apart: { name: '上海枫泾泾食品厂', industryCode: 'C1499', riskClass: 'C' },
};
const PAGED = 30;

describe.each(testDatabases)('entity search on $name', (database) => {
  let p: TestPlatform;
  let token: string;
  const codes: Record<string, string> = {};
  const paged: string[] = [];
  const search = (query: Record<string, unknown>) => p.api.get('/api/v1/entities').query(query).set({ Authorization: `Bearer ${token}` });
  const found = async (query: Record<string, unknown>) => {
    const res = await search({ perPage: 100, ...query });
    expect(res.status).toBe(200);
    return (res.body.data as any[]).map((e) => e.creditCode).sort();
  };
  const codesOf = (...keys: string[]) => keys.map((k) => codes[k]).sort();

  beforeAll(async () => {
    p = await startPlatform(database);
    token = await p.login('inspector');
    const rows = [
      ...Object.entries(FIXTURES).map(([key, f]) => {
        codes[key] = newCreditCode();
        return { creditCode: codes[key], ...f };
      }),
      ...Array.from({ length: PAGED }, (_, i) => {
        const creditCode = newCreditCode();
        paged.push(creditCode);
        return { creditCode, name: `上海翻页${'子丑寅卯辰巳午未申酉戌亥'[i % 12]}${i}号有限公司` };
      }),
    ].map((e: Fixture & { creditCode: string }) => ({
      entityType: '有限责任公司（自然人投资或控股）', regionCode: FENGJING, industryCode: 'F5199', riskClass: 'B', status: 'active',
      address: '上海市金山区枫泾镇亭枫公路1号', legalRepresentative: '张某', businessScope: '日用百货销售', registrationAuthority: '金山区市场监督管理局', establishedOn: '2020-01-01', lastEventAt: null,
      ...e,
    }));
    await p.db.writeTransaction(async (t) => {
      await p.db.models.entities.bulkCreate(rows, { transaction: t });
      await indexEntityNames(p.db, rows, t);
    });
    paged.sort();
  }, 60_000);
  afterAll(() => p?.stop());

  describe('by credit code', () => {
    it('finds the whole code and its beginning in any case, with the summary fields and no personal data', async () => {
      const whole = await search({ q: codes.fengjingFood });
      expect(whole.status).toBe(200);
      expect(whole.body).toEqual({
        data: [{ creditCode: codes.fengjingFood, name: '上海枫泾食品有限公司', entityType: '有限责任公司（自然人投资或控股）', industryCode: 'F5223', regionCode: FENGJING, address: '上海市金山区枫泾镇亭枫公路1号', status: 'active', riskClass: 'A', listTypes: [] }],
        total: 1,
        totalIsLowerBound: false,
      });
      expect(await found({ q: codes.zhujingFood.slice(0, 13).toLowerCase() })).toContain(codes.zhujingFood);
      // Every code of the suite starts 91310116 (金山区 companies): the prefix finds them all.
      expect((await search({ q: '91310116' })).body.total).toBe(Object.keys(FIXTURES).length + PAGED);
    });

    it('answers a code that matches nothing with an empty page', async () => {
      expect((await search({ q: '91310116ZZZZZZZZZZ' })).body).toEqual({ data: [], total: 0, totalIsLowerBound: false });
    });
  });

  describe('by a fragment of the name', () => {
    it('one character: every name that holds it', async () => {
      expect(await found({ q: '泾' })).toEqual(codesOf('fengjingFood', 'fengjingTrade', 'zhujingFood', 'closedShop', 'fullWidth', 'apart'));
      expect(await found({ q: '厂' })).toEqual(codesOf('apart'));
    });

    it('two characters: 枫泾 and 食品, an entity whose name holds the pair twice once', async () => {
      expect(await found({ q: '枫泾' })).toEqual(codesOf('fengjingFood', 'fengjingTrade', 'closedShop', 'fullWidth', 'apart'));
      expect(await found({ q: '食品' })).toEqual(codesOf('fengjingFood', 'zhujingFood', 'closedShop', 'twice', 'apart'));
      const twice = await search({ q: '上海上' });
      expect(twice.body.total).toBe(1);
      expect((await search({ q: '上海', perPage: 100 })).body.total).toBe(Object.keys(FIXTURES).length - 1 + PAGED);
    });

    it('three and more characters: the fragment itself, not its pairs scattered over the name', async () => {
      expect(await found({ q: '枫泾食品' })).toEqual(codesOf('fengjingFood'));
      expect(await found({ q: '泾食品' })).toEqual(codesOf('fengjingFood', 'zhujingFood', 'apart'));
      expect(await found({ q: '上海枫泾食品有限公司' })).toEqual(codesOf('fengjingFood'));
      expect(await found({ q: '枫泾食品店' })).toEqual([]);
      expect(await found({ q: '不存在的名字' })).toEqual([]);
    });

    it('full- and half-width forms, letter case and spaces match alike', async () => {
      for (const q of ['ＡＢＣ（枫泾）', 'abc(枫泾)', 'Abc （枫', 'ｂｃ']) expect(await found({ q })).toEqual(codesOf('fullWidth'));
    });
  });

  describe('filters', () => {
    it('region, industry (or its beginning), status and risk class narrow a fragment', async () => {
      expect(await found({ q: '食品', region: ZHUJING })).toEqual(codesOf('zhujingFood', 'twice'));
      expect(await found({ q: '枫泾', industry: 'f5' })).toEqual(codesOf('fengjingFood', 'fengjingTrade', 'closedShop'));
      expect(await found({ q: '枫泾', industry: 'F52' })).toEqual(codesOf('fengjingFood', 'closedShop'));
      expect(await found({ q: '枫泾', status: 'deregistered' })).toEqual(codesOf('closedShop'));
      expect(await found({ q: '食品', status: 'active', riskClass: 'C' })).toEqual(codesOf('zhujingFood', 'apart'));
      expect(await found({ q: '泾', riskClass: 'A', region: ZHUJING })).toEqual([]);
    });

    it('filters without a fragment, and a listing on a credit list', async () => {
      expect(await found({ status: 'deregistered' })).toEqual(codesOf('closedShop'));
      expect(await found({ region: ZHUJING, industry: 'F5223' })).toEqual(codesOf('zhujingFood', 'twice'));
      await p.db.models.credit_listings.create({
        id: `test-${crypto.randomUUID().slice(0, 30)}`, creditCode: codes.fengjingTrade, entityName: FIXTURES.fengjingTrade.name, listType: 'abnormalOperationList', reason: '通过登记的住所无法联系', documentNo: '金市监异〔2026〕1号',
        authority: '金山区市场监督管理局', listedOn: '2026-01-05', expiresOn: null, status: 'active', endedOn: null, endReason: null, previousListingId: null, source: 'test', workflowId: 'test', createdAt: new Date(), updatedAt: new Date(),
      });
      expect(await found({ q: '枫泾', listed: 'any' })).toEqual(codesOf('fengjingTrade'));
      expect((await search({ q: codes.fengjingTrade })).body.data[0].listTypes).toEqual(['abnormalOperationList']);
      expect(await found({ listed: 'abnormalOperationList' })).toEqual(codesOf('fengjingTrade'));
      expect(await found({ q: '枫泾', listed: 'dishonestDebtor' })).toEqual([]);
    });
  });

  describe('paging', () => {
    it('pages by credit code: every match once, the total on every page', async () => {
      const first = await search({ q: '翻页', perPage: 25, page: 1 });
      const second = await search({ q: '翻页', perPage: 25, page: 2 });
      expect([first.body.total, second.body.total]).toEqual([PAGED, PAGED]);
      expect(first.body.data).toHaveLength(25);
      expect([...first.body.data, ...second.body.data].map((e: any) => e.creditCode)).toEqual(paged);
      expect((await search({ q: '翻页', perPage: 25, page: 3 })).body).toEqual({ data: [], total: PAGED, totalIsLowerBound: false });
    });
  });

  describe('export (format=xlsx)', () => {
    it('writes every match of the search, towns by name and codes in words', async () => {
      const res = await search({ q: '翻页', format: 'xlsx' }).buffer(true).parse((r, done) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c)).on('end', () => done(null, Buffer.concat(chunks)));
      });
      expect([res.status, res.headers['content-type']]).toEqual([200, XLSX_TYPE]);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(res.body as unknown as ArrayBuffer);
      const rows: unknown[][] = [];
      book.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
      const [header, ...data] = rows;
      expect(header.slice(0, 4)).toEqual(['名称', '统一社会信用代码', '类型', '所属街镇']);
      expect(data.map((r) => r[1]).sort()).toEqual(paged);
      expect(new Set(data.map((r) => `${r[3]} ${r[6]} ${r[7]}`))).toEqual(new Set(['枫泾镇 存续 B 类（信用风险一般）']));
    });
  });

  describe('the register as registrations change it', () => {
    it('finds an entity registered through the API, by its new name after a change, and as deregistered after deregistration', async () => {
      const key = await p.apiKey(['registration:write']);
      const post = async (event: ReturnType<typeof registration>) => {
        const res = await p.api.post('/api/ext/v1/registrations').set('Authorization', `Bearer ${key}`).send(event);
        expect(res.status).toBe(202);
      };
      const established = registration({ name: '上海寻踪测试食品有限公司', occurredAt: '2026-11-20T02:00:00Z' });
      const creditCode = established.entity.creditCode;
      await post(established);
      await eventually(async () => (await found({ q: '寻踪' })).includes(creditCode), 20_000, 'the established entity found by name');

      await post(registration({ action: 'change', creditCode, name: '上海觅迹测试食品有限公司', occurredAt: '2026-11-21T02:00:00Z' }));
      await eventually(async () => (await found({ q: '觅迹' })).includes(creditCode), 20_000, 'the changed name found');
      expect(await found({ q: '寻踪' })).toEqual([]);

      await post(registration({ action: 'deregister', creditCode, name: '上海觅迹测试食品有限公司', occurredAt: '2026-11-22T02:00:00Z' }));
      await eventually(async () => (await found({ q: '觅迹', status: 'deregistered' })).includes(creditCode), 20_000, 'the deregistered entity');
      expect(await found({ q: '觅迹', status: 'active' })).toEqual([]);
    }, 70_000);
  });

  describe('schema step 006-entity-search', () => {
    it('builds the index of the entities stored before it', async () => {
      await p.db.execute('DELETE FROM entity_name_grams');
      expect(await found({ q: '枫泾' })).toEqual([]);
      expect(await indexAllEntityNames(p.db)).toBeGreaterThanOrEqual(Object.keys(FIXTURES).length + PAGED);
      expect(await found({ q: '枫泾' })).toEqual(codesOf('fengjingFood', 'fengjingTrade', 'closedShop', 'fullWidth', 'apart'));
      expect(await found({ q: '枫泾食品' })).toEqual(codesOf('fengjingFood'));
    });
  });

  describe('a common fragment with selective filters', () => {
    // 常见 in more names than the search counts to choose a plan (ESTIMATE_CAP, 5,000): with selective filters the
    // matches are found from the filters and each checked for the fragment; alone, the total is capped.
    const COMMON = 5_100;
    const rare: Record<string, string> = {};
    beforeAll(async () => {
      const special: Record<string, Partial<Fixture>> = {
        closedTrade1: { name: '平湖常见贸易甲有限公司', riskClass: 'D', status: 'deregistered' },
        closedTrade2: { name: '平湖常见贸易乙有限公司', riskClass: 'D', status: 'deregistered' },
        closedTransport: { name: '平湖常见物流有限公司', riskClass: 'D', status: 'deregistered' },
        listed1: { name: '平湖常见贸易丙有限公司' },
        listed2: { name: '平湖常见物流丁有限公司' },
        elsewhere: { name: '平湖常见贸易戊有限公司', regionCode: ZHUJING, industryCode: 'C1499', riskClass: 'C' },
        classA: { name: '平湖常见五金己有限公司', industryCode: 'G5411', riskClass: 'A' },
      };
      const rows = Array.from({ length: COMMON }, (_, i) => {
        const key = Object.keys(special)[i];
        const creditCode = newCreditCode();
        if (key) rare[key] = creditCode;
        return {
          creditCode, name: `平湖常见贸易${i}号有限公司`, entityType: '有限责任公司（自然人投资或控股）', regionCode: FENGJING, industryCode: 'F5199', riskClass: 'B', status: 'active',
          address: '上海市金山区枫泾镇亭枫公路2号', legalRepresentative: '王某', businessScope: '日用百货销售', registrationAuthority: '金山区市场监督管理局', establishedOn: '2021-01-01', lastEventAt: null,
          ...(key ? special[key] : {}),
        };
      });
      // Class A entities enough that reading 常见's postings costs less than looking each up (LOOKUP_ROWS each).
      const others = Array.from({ length: 400 }, (_, i) => ({ ...rows[0], creditCode: newCreditCode(), name: `亭林其他${i}号五金商店`, industryCode: 'G5411', riskClass: 'A' }));
      rows.push(...others);
      await p.db.writeTransaction(async (t) => {
        await p.db.models.entities.bulkCreate(rows, { transaction: t });
        await indexEntityNames(p.db, rows, t);
      });
      for (const key of ['listed1', 'listed2']) {
        await p.db.models.credit_listings.create({
          id: `test-${crypto.randomUUID().slice(0, 30)}`, creditCode: rare[key], entityName: special[key].name, listType: 'dishonestDebtor', reason: '有履行能力而拒不履行生效法律文书确定的义务', documentNo: `（2026）沪0116执${key}号`,
          authority: '上海市金山区人民法院', listedOn: '2026-02-05', expiresOn: null, status: 'active', endedOn: null, endReason: null, previousListingId: null, source: 'test', workflowId: 'test', createdAt: new Date(), updatedAt: new Date(),
        });
      }
    }, 60_000);
    const rareOf = (...keys: string[]) => keys.map((k) => rare[k]).sort();

    it('counts the fragment alone up to 1,000 and says there are more', async () => {
      const res = await search({ q: '常见', perPage: 10 });
      expect(res.body).toMatchObject({ total: 1000, totalIsLowerBound: true });
      expect(res.body.data).toHaveLength(10);
      expect((await search({ q: '常见贸易', page: 2, perPage: 10 })).body).toMatchObject({ total: 1000, totalIsLowerBound: true });
    });

    it('refuses to export a search that matches more than 1,000 (narrow it), sending nothing', async () => {
      const res = await search({ q: '常见', format: 'xlsx' });
      expect([res.status, res.body.type, res.body.params]).toEqual([422, expect.stringMatching(/\/search-export-too-broad$/), { limit: 1000 }]);
    });

    it('finds the few that the filters leave, by two characters and by a longer fragment', async () => {
      expect(await found({ q: '常见', riskClass: 'D', status: 'deregistered' })).toEqual(rareOf('closedTrade1', 'closedTrade2', 'closedTransport'));
      expect(await found({ q: '常见贸易', riskClass: 'D', status: 'deregistered' })).toEqual(rareOf('closedTrade1', 'closedTrade2'));
      expect(await found({ q: '见物', status: 'deregistered' })).toEqual(rareOf('closedTransport'));
      expect(await found({ q: '常见', listed: 'dishonestDebtor' })).toEqual(rareOf('listed1', 'listed2'));
      expect(await found({ q: '常见贸易', listed: 'any' })).toEqual(rareOf('listed1'));
      expect(await found({ q: '常见', region: ZHUJING })).toEqual(rareOf('elsewhere'));
      expect(await found({ q: '常见', industry: 'C14', riskClass: 'C' })).toEqual(rareOf('elsewhere'));
      expect(await found({ q: '常见', industry: 'C14', riskClass: 'D' })).toEqual([]);
      // Four hundred candidates: found from 常见's postings rather than by a lookup each; the same answer.
      expect(await found({ q: '常见', riskClass: 'A' })).toEqual(rareOf('classA'));
      expect(await found({ q: '常见五金', industry: 'G54', riskClass: 'A' })).toEqual(rareOf('classA'));
      const page = await search({ q: '常见', riskClass: 'D', perPage: 2, page: 2 });
      expect(page.body).toMatchObject({ total: 3, totalIsLowerBound: false });
      expect(page.body.data.map((e: any) => e.creditCode)).toEqual([rareOf('closedTrade1', 'closedTrade2', 'closedTransport')[2]]);
    });
  });

  describe('filters that match over 1,000 entities', () => {
    it('page by credit code, the first page the smallest codes', async () => {
      const res = await search({ region: FENGJING, riskClass: 'B', status: 'active', perPage: 50, page: 2 });
      expect(res.body).toMatchObject({ total: 1000, totalIsLowerBound: true });
      const expected = await p.db.select<{ creditCode: string }>('SELECT creditCode FROM entities WHERE regionCode = ? AND riskClass = ? AND status = ? ORDER BY creditCode LIMIT 50 OFFSET 50', [FENGJING, 'B', 'active']);
      expect(res.body.data.map((e: any) => e.creditCode)).toEqual(expected.map((r) => r.creditCode));
    });
  });

  describe('bad input', () => {
    const fields = async (query: Record<string, unknown>) => {
      const res = await search(query);
      expect(res.status).toBe(400);
      expect(res.body.type).toMatch(/\/invalid-input$/);
      return (res.body.errors as any[]).map((e) => [e.field, e.code]);
    };

    it('refuses a fragment too long or with control characters, and filters outside their values, naming the field', async () => {
      expect(await fields({ q: '枫'.repeat(101) })).toEqual([['q', 'too_big']]);
      expect(await fields({ q: '枫泾\u0007' })).toEqual([['q', 'invalid-character']]);
      expect(await fields({ q: '' })).toEqual([['q', 'too_small']]);
      expect(await fields({ riskClass: 'E' })).toEqual([['riskClass', 'invalid_value']]);
      expect(await fields({ region: "3101' OR 1=1" })).toEqual([['region', 'invalid_format']]);
      expect(await fields({ listed: 'someList' })).toEqual([['listed', 'invalid_value']]);
    });

    it('treats LIKE wildcards in a fragment as characters', async () => {
      expect(await found({ q: '%' })).toEqual([]);
      expect(await found({ q: '枫_食' })).toEqual([]);
    });

    it('answers 401 without a session', async () => {
      expect((await p.api.get('/api/v1/entities').query({ q: '枫泾' })).status).toBe(401);
    });
  });
});
