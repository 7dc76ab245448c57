// The public disclosure page (no login), in Chinese: spot-check plans and results, searchable by entity name
// or credit code and paged, and the two credit lists public by law (api/public/creditListings.ts). Plain HTML
// and a script on the public API, so it works without the admin UI's bundle; the script is served as a file
// of its own (api/public/pageScript.ts) because the Content-Security-Policy runs no inline script.
export const PUBLIC_PAGE = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>金山区双随机一公开 · 抽查结果公示</title>
<style>
body{font-family:system-ui,"Noto Sans CJK SC",sans-serif;margin:0;background:#f6f7f9;color:#1d2129}
header{background:#1f5fbf;color:#fff;padding:16px 24px}h1{margin:0;font-size:20px}h2{font-size:17px;margin:0 0 12px}
main{padding:16px 24px;max-width:1200px}section{background:#fff;border-radius:6px;padding:16px;margin-bottom:16px}
table{border-collapse:collapse;width:100%;font-size:14px}th,td{border-bottom:1px solid #e5e6eb;padding:6px 8px;text-align:left;vertical-align:top}
code{font-size:12px;word-break:break-all}.muted{color:#4e5969;font-size:13px}
[role=tablist]{display:flex;gap:4px;margin-bottom:12px}[role=tab]{font:inherit;font-size:15px;padding:8px 16px;border:1px solid #c9cdd4;border-radius:6px 6px 0 0;background:#fff;color:#1d2129;cursor:pointer}
[role=tab][aria-selected=true]{background:#1f5fbf;border-color:#1f5fbf;color:#fff}
form.search{display:flex;flex-wrap:wrap;gap:8px;align-items:center;margin-bottom:12px}form.search input,form.search select{font:inherit;padding:5px 8px;border:1px solid #86909c;border-radius:4px;min-width:260px}
button.act{font:inherit;padding:5px 14px;border:1px solid #1f5fbf;border-radius:4px;background:#1f5fbf;color:#fff;cursor:pointer}
.pager{display:flex;gap:12px;align-items:center;margin-top:10px;font-size:14px}.pager button{font:inherit;padding:4px 12px;border:1px solid #86909c;border-radius:4px;background:#fff;color:#1d2129;cursor:pointer}.pager button:disabled{color:#6b7280;cursor:default}
details summary{cursor:pointer;color:#1f5fbf}details dl{margin:6px 0 0;font-size:13px}details dd{margin:0 0 6px}
</style></head><body>
<header><h1>金山区“双随机、一公开”抽查计划与结果公示</h1></header>
<main>
<div role="tablist" aria-label="公示内容">
<button role="tab" id="tab-inspections" aria-controls="inspections" aria-selected="true">抽查计划与结果</button>
<button role="tab" id="tab-credit" aria-controls="credit" aria-selected="false" tabindex="-1">信用名单公示</button>
</div>
<div id="inspections" role="tabpanel" aria-labelledby="tab-inspections">
<section><h2>抽查计划与摇号</h2>
<p class="muted">每个计划在批准时公布检查对象名录库和随机种子的指纹，摇号后公布完整摇号数据，任何人都可以复核摇号是否公正。</p>
<table id="plans"><thead><tr><th>计划编号</th><th>名称</th><th>部门</th><th>期间</th><th>状态</th><th>摇号数据与核验</th></tr></thead><tbody></tbody></table></section>
<section><h2>抽查结果</h2>
<form class="search" id="results-search" role="search"><label for="results-q">市场主体名称或统一社会信用代码</label><input id="results-q" name="q" maxlength="100" placeholder="如：枫泾 或 91310116"><button class="act" type="submit">查询</button></form>
<table id="results"><thead><tr><th>市场主体</th><th>统一社会信用代码</th><th>检查部门</th><th>计划</th><th>检查结果</th><th>公示日期</th></tr></thead><tbody></tbody></table>
<div class="pager" id="results-pager"></div></section>
</div>
<div id="credit" role="tabpanel" aria-labelledby="tab-credit" hidden>
<section><h2>信用名单公示</h2>
<p class="muted">依据《企业信息公示暂行条例》《市场监督管理严重违法失信名单管理办法》（国家市场监督管理总局令第44号）公示仍在列入期内的经营异常名录和严重违法失信名单；移出或期满后不再公示。失信被执行人名单由人民法院在中国执行信息公开网公布，重大税收违法失信主体由税务机关公布。个体工商户以经营者姓名登记的，姓名仅显示姓氏。</p>
<form class="search" id="credit-search" role="search"><label for="credit-list">名单</label><select id="credit-list" name="listType"><option value="">全部</option><option value="abnormalOperationList">经营异常名录</option><option value="seriousViolationList">严重违法失信名单</option></select>
<label for="credit-q">市场主体名称或统一社会信用代码</label><input id="credit-q" name="q" maxlength="100"><button class="act" type="submit">查询</button></form>
<table id="listings"><thead><tr><th>市场主体</th><th>统一社会信用代码</th><th>名单</th><th>列入事由</th><th>决定书文号</th><th>作出决定机关</th><th>列入日期</th><th>届满日期</th></tr></thead><tbody></tbody></table>
<div class="pager" id="listings-pager"></div></section>
</div>
</main>
<script src="/public/page.js"></script></body></html>`;
