import ClaimModel
import Foundation

/// The inline style sheet and script of the HTML report. Both are constants, never built
/// from report data, so the Content-Security-Policy can allow exactly these two by hash.
enum HTMLAssets {
    static let style = """
    :root{--conflict:#f6b8b8;--only-in:#ffd98a;--variant:#c9defc;--agree:#cdeccd;--none:#eeeeee;--ink:#1b1b1b;--muted:#5f6368;--line:#d9d9d9}
    *{box-sizing:border-box}
    body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:var(--ink);background:#fff}
    header{padding:.8rem 1.2rem .4rem;border-bottom:1px solid var(--line)}
    h1{font-size:1.35rem;margin:0 0 .3rem}
    h2{font-size:1.05rem;margin:.2rem 0 .5rem}
    h3{font-size:.95rem;margin:0 0 .3rem}
    .summary{margin:.2rem 0 .5rem}
    .top{display:flex;flex-wrap:wrap;gap:.5rem 2rem;align-items:flex-start}
    .matrix{overflow-x:auto;max-width:100%}
    .matrix svg{display:block}
    .matrix a:focus rect,.matrix a:hover rect{stroke:#000;stroke-width:1.5}
    .legend{font-size:.8rem;color:var(--muted);margin:.2rem 0}
    .sw{display:inline-block;width:.8rem;height:.8rem;vertical-align:-.1rem;margin:0 .2rem 0 .6rem;border:1px solid #0002}
    .s-conflict.sw,mark.s-conflict,.badge.s-conflict{background:var(--conflict)}
    .s-only-in.sw,mark.s-only-in,.badge.s-only-in{background:var(--only-in)}
    .s-variant.sw,mark.s-variant,.badge.s-variant{background:var(--variant)}
    .s-agree.sw,mark.s-agree,.badge.s-agree{background:var(--agree)}
    .s-none.sw{background:var(--none)}
    figure{margin:0}
    #filters{font-size:.85rem}
    #filters:not([hidden]){display:flex;flex-wrap:wrap;gap:.4rem}
    #filters fieldset{border:1px solid var(--line);margin:0;padding:.1rem .6rem .3rem}
    #filters label{margin-right:.7rem;white-space:nowrap}
    .layout{display:grid;grid-template-columns:minmax(20rem,27rem) minmax(0,1fr);gap:1rem;padding:.6rem 1.2rem}
    #findings{position:sticky;top:0;align-self:start;max-height:100vh;overflow:auto;padding-right:.4rem}
    .finding{border:1px solid var(--line);border-left:5px solid var(--none);border-radius:4px;padding:.45rem .6rem;margin:0 0 .6rem}
    .finding.s-conflict{border-left-color:#c62828}.finding.s-only-in{border-left-color:#d08700}
    .finding.s-variant{border-left-color:#3b73c4}.finding.s-agree{border-left-color:#3c8d3c}
    .finding:target{outline:3px solid #222}
    .finding p{margin:.2rem 0}
    .num{display:inline-block;min-width:1.5rem;font-weight:700}
    .badge{font-size:.75rem;padding:0 .35rem;border-radius:3px;font-weight:600}
    .kind{font-size:.75rem;color:var(--muted);text-transform:uppercase;letter-spacing:.03em}
    .reason,.fid,.none{color:var(--muted)}
    .fid{font:.72rem ui-monospace,monospace}
    table.vals{border-collapse:collapse;width:100%;font-size:.85rem;margin:.3rem 0}
    table.vals th,table.vals td{border-top:1px solid var(--line);padding:.15rem .3rem;text-align:left;vertical-align:top}
    table.vals th{font-weight:600;width:30%}
    .ev{display:block}
    .cols{display:grid;grid-auto-flow:column;grid-auto-columns:minmax(14rem,1fr);gap:1rem;overflow-x:auto}
    .col{min-width:0;border:1px solid var(--line);border-radius:4px}
    .col>h3{position:sticky;top:0;background:#f7f7f7;border-bottom:1px solid var(--line);padding:.4rem .6rem;margin:0}
    .meta{font-size:.8rem;color:var(--muted);padding:.3rem .6rem;margin:0;border-bottom:1px solid var(--line);overflow-wrap:anywhere}
    .body{font:13px/1.5 Georgia,"Times New Roman",serif;padding:.3rem .4rem .6rem 0}
    .ln{display:grid;grid-template-columns:2.6rem 1fr;min-height:1.5em}
    .ln::before{content:attr(data-n);color:#9aa0a6;text-align:right;padding-right:.6rem;font:11px/1.9 ui-monospace,monospace;user-select:none}
    .tx{white-space:pre-wrap;overflow-wrap:anywhere}
    mark{color:inherit;border-radius:2px;padding:0 1px}
    a.ref{font:700 .65rem ui-monospace,monospace;vertical-align:super;text-decoration:none;color:#000;background:#fff;border:1px solid #888;border-radius:3px;padding:0 2px;margin:0 1px}
    a.ref:target{outline:2px solid #000;background:#ff0}
    .js .off{display:none}
    .js mark.off{display:inline;background:transparent}
    .js g.off{display:inline;opacity:.15}
    footer{padding:.5rem 1.2rem 1rem;color:var(--muted);font-size:.8rem}
    @media (max-width:60rem){.layout{grid-template-columns:1fr}#findings{position:static;max-height:none}}
    @media print{
    body{font-size:10pt}
    #filters,#filters:not([hidden]){display:none}
    .layout{display:block;padding:0}
    #findings{position:static;max-height:none;overflow:visible}
    .finding{break-inside:avoid}
    .cols{display:block;overflow:visible}
    .col{break-before:page;border:0}
    .col>h3{position:static}
    mark,.sw,.badge,a.ref{-webkit-print-color-adjust:exact;print-color-adjust:exact}
    a{color:inherit;text-decoration:none}
    }
    """

    /// Filters by kind and status. Without script the page shows everything and no filters.
    static let script = """
    (function(){
    var root=document.documentElement;root.classList.add('js');
    var nav=document.getElementById('filters');if(!nav){return;}nav.hidden=false;
    function apply(){
    var off={};
    nav.querySelectorAll('input').forEach(function(i){if(!i.checked){off[i.name+':'+i.value]=true;}});
    var hiddenIDs={};
    document.querySelectorAll('.finding').forEach(function(f){
    var hide=!!(off['kind:'+f.getAttribute('data-kind')]||off['status:'+f.getAttribute('data-status')]);
    f.classList.toggle('off',hide);if(hide){hiddenIDs[f.id]=true;}
    });
    document.querySelectorAll('[data-f]').forEach(function(e){
    var ids=e.getAttribute('data-f').split(' ');
    e.classList.toggle('off',ids.every(function(id){return hiddenIDs[id];}));
    });
    }
    nav.addEventListener('change',apply);apply();
    })();
    """

    /// The policy: nothing remote, nothing inline but the two blocks above.
    static let contentSecurityPolicy =
        "default-src 'none'; style-src \(hash(style)); script-src \(hash(script)); img-src data:; base-uri 'none'; form-action 'none'"

    /// `'sha256-…'` for a CSP source list.
    static func hash(_ text: String) -> String {
        "'sha256-" + Data(SHA256.digest(Array(text.utf8))).base64EncodedString() + "'"
    }
}
