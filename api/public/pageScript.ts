// The public page's script (GET /public/page.js; see api/public/page.ts): tabs, search and paging over the
// public API, and per plan the verification data folded into a <details> for those who want to check a draw.
export const PUBLIC_SCRIPT = `const OUT={no_problem:'未发现问题',rectified_on_spot:'发现问题已责令改正',problem_found:'发现问题待后续处理',suspected_violation:'涉嫌违法，已移交',not_found_at_address:'通过登记的住所无法联系',closed_down:'已关闭停业'};
const ST={approved:'已批准待摇号',inProgress:'检查中',completed:'已完成',understaffed:'未能组队'};
const PER_PAGE=20;
const esc=s=>String(s??'').replace(/[&<>"]/g,c=>({'&':'&amp;','<':'&lt;','>':'&gt;','"':'&quot;'}[c]));
const $=s=>document.querySelector(s);
// Publication dates are Shanghai dates: the API's UTC time is on the day before from 00:00 to 08:00 there.
const DAY=new Intl.DateTimeFormat('en-CA',{timeZone:'Asia/Shanghai'});
const day=t=>t?DAY.format(new Date(t)):'';
const td=v=>'<td>'+esc(v)+'</td>';

function verification(p){
  const d=p.draw;
  if(!d||!d.poolHash)return '<span class="muted">待摇号</span>';
  const cmd='npm run cli -- draw verify '+p.id+' --url '+location.origin;
  return (d.resultHash?'<a href="/public/v1/inspection-plans/'+encodeURIComponent(p.id)+'/draw">下载摇号数据</a>':'<span class="muted">待摇号</span>')
    +'<details class="verify"><summary>如何验证抽取结果</summary>'
    +'<p class="muted">批准时公布的指纹（SHA-256）在摇号前就已固定；摇号后下载摇号数据，用下面的命令重算，结果与公布的一致即说明未被改动。</p><dl>'
    +'<dt>检查对象名录库快照 SHA-256</dt><dd><code>'+esc(d.poolHash)+'</code></dd>'
    +'<dt>随机种子 SHA-256</dt><dd><code>'+esc(d.seedHashes&&d.seedHashes.entities)+'</code></dd>'
    +'<dt>复核命令（在本平台源代码目录中运行）</dt><dd><code>'+esc(cmd)+'</code></dd></dl></details>';
}

// A draw that could not staff its teams says so beside the status: how many entities, how many inspectors for what team.
function staffing(p){
  const s=p.staffing;
  if(!s||!s.unstaffed)return '';
  const why=s.eligible!==null&&s.eligible<s.teamSize?'符合条件的执法人员仅 '+s.eligible+' 名，不足每组 '+s.teamSize+' 名':'部分部门没有符合条件的执法人员';
  return '<div class="muted" data-testid="plan-staffing">'+(s.staffed?'抽中 '+s.drawn+' 户，其中 '+s.unstaffed+' 户未能组队：':'抽中 '+s.drawn+' 户，均未能组队，未开展检查：')+esc(why)+'</div>';
}

fetch('/public/v1/inspection-plans').then(r=>r.json()).then(({data})=>{
  $('#plans tbody').innerHTML=data.map(p=>'<tr>'+td(p.id)+td(p.title)+td(p.department&&p.department.name)+td(p.periodFrom+' ~ '+p.periodTo)+'<td data-testid="plan-status">'+esc(ST[p.status]||p.status)+staffing(p)+'</td><td>'+verification(p)+'</td></tr>').join('');
});

// A searchable, paged table: the form's fields become the query, the pager turns pages.
function pagedTable({url,form,table,pager,row,empty}){
  let page=1,params={};
  function load(){
    const q=new URLSearchParams({...params,page:String(page),perPage:String(PER_PAGE)});
    return fetch(url+'?'+q).then(r=>r.json()).then(({data,total})=>{
      const pages=Math.max(1,Math.ceil(total/PER_PAGE));
      $(table+' tbody').innerHTML=data.length?data.map(row).join(''):'<tr><td colspan="'+$(table+' thead tr').children.length+'" class="muted">'+empty+'</td></tr>';
      $(pager).innerHTML='<span>共 '+total+' 条，第 '+page+' / '+pages+' 页</span><button type="button" data-go="-1"'+(page<=1?' disabled':'')+'>上一页</button><button type="button" data-go="1"'+(page>=pages?' disabled':'')+'>下一页</button>';
    });
  }
  $(pager).addEventListener('click',e=>{const go=e.target.closest('button[data-go]');if(go&&!go.disabled){page+=Number(go.dataset.go);load();}});
  $(form).addEventListener('submit',e=>{
    e.preventDefault();
    params={};
    for(const [k,v] of new FormData(e.target))if(String(v).trim())params[k]=String(v).trim();
    page=1;load();
  });
  return load;
}

const loadResults=pagedTable({url:'/public/v1/inspection-results',form:'#results-search',table:'#results',pager:'#results-pager',empty:'没有符合条件的抽查结果',
  row:x=>'<tr>'+td(x.entityName)+td(x.creditCode)+td(x.department&&x.department.name)+td(x.planId||'日常监管')+td(OUT[x.outcome]||x.outcome)+td(day(x.publishedAt))+'</tr>'});
const loadListings=pagedTable({url:'/public/v1/credit-listings',form:'#credit-search',table:'#listings',pager:'#listings-pager',empty:'没有符合条件的名单信息',
  row:l=>'<tr>'+td(l.entityName)+td(l.creditCode)+td(l.listName)+td(l.reason)+td(l.documentNo)+td(l.authority)+td(l.listedOn)+td(l.expiresOn||'—')+'</tr>'});
loadResults();

// Tabs (WAI-ARIA tabs pattern): the credit lists load when first shown; #credit in the address opens them.
let listingsLoaded=false;
function show(tab){
  for(const t of document.querySelectorAll('[role=tab]')){
    const on=t===tab;
    t.setAttribute('aria-selected',String(on));t.tabIndex=on?0:-1;
    document.getElementById(t.getAttribute('aria-controls')).hidden=!on;
  }
  if(tab.id==='tab-credit'&&!listingsLoaded){listingsLoaded=true;loadListings();}
}
const tabs=[...document.querySelectorAll('[role=tab]')];
for(const t of tabs){
  t.addEventListener('click',()=>show(t));
  t.addEventListener('keydown',e=>{
    if(e.key!=='ArrowRight'&&e.key!=='ArrowLeft')return;
    const next=tabs[(tabs.indexOf(t)+(e.key==='ArrowRight'?1:tabs.length-1))%tabs.length];
    next.focus();show(next);
  });
}
if(location.hash==='#credit')show($('#tab-credit'));
`;
