// The public disclosure page (no login): published plans with their draw verification data, and results.
// Plain HTML and a script on the public API, so it works without the admin UI's bundle.
export const PUBLIC_PAGE = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>金山区双随机一公开 · 抽查结果公示</title>
<style>
body{font-family:system-ui,"Noto Sans CJK SC",sans-serif;margin:0;background:#f6f7f9;color:#1d2129}
header{background:#1f5fbf;color:#fff;padding:16px 24px}h1{margin:0;font-size:20px}
main{padding:16px 24px;max-width:1200px}section{background:#fff;border-radius:6px;padding:16px;margin-bottom:16px}
table{border-collapse:collapse;width:100%;font-size:14px}th,td{border-bottom:1px solid #e5e6eb;padding:6px 8px;text-align:left;vertical-align:top}
code{font-size:12px;word-break:break-all}.muted{color:#86909c;font-size:12px}
</style></head><body>
<header><h1>金山区“双随机、一公开”抽查计划与结果公示</h1></header>
<main>
<section><h2>抽查计划与摇号</h2>
<p class="muted">每个计划在批准时公布检查对象名录库快照的哈希与随机种子的哈希；摇号后公布种子与名录库，任何人可用 <code>npm run cli -- draw verify &lt;计划编号&gt; --url &lt;本站地址&gt;</code> 复核。</p>
<table id="plans"><thead><tr><th>计划编号</th><th>名称</th><th>部门</th><th>期间</th><th>状态</th><th>名录库哈希 / 种子哈希</th><th>摇号数据</th></tr></thead><tbody></tbody></table></section>
<section><h2>抽查结果</h2>
<table id="results"><thead><tr><th>市场主体</th><th>统一社会信用代码</th><th>检查部门</th><th>计划</th><th>检查结果</th><th>公示日期</th></tr></thead><tbody></tbody></table></section>
</main>
<script src="/public/page.js"></script></body></html>`;

// Served as a file of its own (GET /public/page.js): the Content-Security-Policy runs no inline script.
export const PUBLIC_SCRIPT = `const OUT={no_problem:'未发现问题',rectified_on_spot:'发现问题已责令改正',problem_found:'发现问题待后续处理',suspected_violation:'涉嫌违法，已移交',not_found_at_address:'通过登记的住所无法联系',closed_down:'已关闭停业'};
const ST={approved:'已批准待摇号',inProgress:'检查中',completed:'已完成'};
const esc=s=>String(s??'').replace(/[&<>"]/g,c=>({'&':'&amp;','<':'&lt;','>':'&gt;','"':'&quot;'}[c]));
// Publication dates are Shanghai dates: the API's UTC time is on the day before from 00:00 to 08:00 there.
const DAY=new Intl.DateTimeFormat('en-CA',{timeZone:'Asia/Shanghai'});
const day=t=>t?DAY.format(new Date(t)):'';
fetch('/public/v1/inspection-plans').then(r=>r.json()).then(({data})=>{document.querySelector('#plans tbody').innerHTML=data.map(p=>'<tr><td>'+esc(p.id)+'</td><td>'+esc(p.title)+'</td><td>'+esc(p.department&&p.department.name)+'</td><td>'+esc(p.periodFrom)+' ~ '+esc(p.periodTo)+'</td><td>'+esc(ST[p.status]||p.status)+'</td><td><code>'+esc(p.draw&&p.draw.poolHash)+'</code><br><code>'+esc(p.draw&&p.draw.seedHashes&&p.draw.seedHashes.entities)+'</code></td><td>'+(p.draw&&p.draw.resultHash?'<a href="/public/v1/inspection-plans/'+encodeURIComponent(p.id)+'/draw">下载</a>':'<span class="muted">待摇号</span>')+'</td></tr>').join('')});
fetch('/public/v1/inspection-results?perPage=100').then(r=>r.json()).then(({data})=>{document.querySelector('#results tbody').innerHTML=data.map(x=>'<tr><td>'+esc(x.entityName)+'</td><td>'+esc(x.creditCode)+'</td><td>'+esc(x.department&&x.department.name)+'</td><td>'+esc(x.planId||'日常监管')+'</td><td>'+esc(OUT[x.outcome]||x.outcome)+'</td><td>'+esc(day(x.publishedAt))+'</td></tr>').join('')});
`;
