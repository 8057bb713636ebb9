/** All styles live in the shadow root; `all: initial` stops the host page's inherited styles at the door. */
export const CSS = `
:host{all:initial}
*,*::before,*::after{box-sizing:border-box}
[hidden]{display:none!important}
.root{--bg:#fff;--fg:#1b1f24;--muted:#56606b;--line:#d5dae1;--accent:#0b5cad;--on-accent:#fff;--bot:#f2f4f7;
--chip:#e3eefb;--on-chip:#0a4680;--warn:#fff6df;--on-warn:#5c4300;--err:#fdecec;--on-err:#8a1c1c;--focus:#e07b00;--mark:#fde68a;--staff:#e6f4ea;--on-staff:#14532d;
font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","PingFang SC","Microsoft YaHei",sans-serif;color:var(--fg);
letter-spacing:normal;text-align:left}
@media (prefers-color-scheme:dark){.root{--bg:#17191d;--fg:#e7e9ec;--muted:#a5adb8;--line:#363c44;--accent:#78b6ff;
--on-accent:#0a1a2e;--bot:#22262c;--chip:#1d3552;--on-chip:#c4defc;--warn:#3a3016;--on-warn:#f4dc9a;--err:#45201f;--on-err:#ffc9c6;--focus:#ffb547;--mark:#5c4a12;--staff:#16321f;--on-staff:#b8efc8}}
button,textarea,input{font:inherit;color:inherit}
button{cursor:pointer}
:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
svg{width:20px;height:20px;fill:none;stroke:currentColor;stroke-width:2;stroke-linecap:round;stroke-linejoin:round;flex:none}
.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.launcher{position:fixed;right:20px;bottom:20px;z-index:2147483000;display:flex;gap:8px;align-items:center;
padding:12px 18px;border:0;border-radius:999px;background:var(--accent);color:var(--on-accent);font-weight:600;
box-shadow:0 6px 20px rgba(0,0,0,.25)}
.panel{position:fixed;right:20px;bottom:20px;z-index:2147483000;width:400px;height:min(640px,calc(100vh - 40px));
display:flex;flex-direction:column;overflow:hidden;background:var(--bg);border:1px solid var(--line);border-radius:14px;
box-shadow:0 12px 40px rgba(0,0,0,.3)}
@media (max-width:480px){.panel{inset:0;width:100%;height:100%;border-radius:0;border:0}.launcher{right:12px;bottom:12px}}
header{display:flex;align-items:center;gap:6px;padding:12px 12px 12px 16px;border-bottom:1px solid var(--line)}
header div{flex:1;min-width:0}
h2,h3{margin:0;font-size:16px;line-height:1.3}
.sub{margin:2px 0 0;font-size:12px;color:var(--muted);display:-webkit-box;-webkit-line-clamp:2;-webkit-box-orient:vertical;overflow:hidden}
.icon{display:inline-flex;align-items:center;justify-content:center;min-width:36px;height:36px;padding:0 6px;gap:4px;
border:1px solid transparent;border-radius:8px;background:transparent;color:var(--muted)}
.icon:hover{background:var(--bot);color:var(--fg)}
.icon[aria-pressed=true]{color:var(--accent);border-color:var(--accent)}
@media (max-width:480px){header{gap:2px;padding:10px 6px 10px 12px}header .icon{min-width:32px;padding:0 4px}}
.log{flex:1;overflow-y:auto;padding:16px;display:flex;flex-direction:column;gap:12px;overscroll-behavior:contain}
.msg{max-width:92%;padding:10px 14px;border-radius:14px;overflow-wrap:anywhere}
.msg p,.msg ul{margin:0 0 8px}.msg>:last-child,.body>:last-child{margin-bottom:0}
.msg ul{padding-left:20px}
.user{align-self:flex-end;background:var(--accent);color:var(--on-accent);white-space:pre-wrap;border-bottom-right-radius:4px}
.bot{align-self:flex-start;background:var(--bot);border-bottom-left-radius:4px}
.chip{display:inline-block;margin:0 1px;text-align:left;padding:0 8px;border:1px solid transparent;border-radius:999px;background:var(--chip);
color:var(--on-chip);font-size:13px;font-weight:600;line-height:22px;vertical-align:baseline}
.chip:hover{border-color:var(--on-chip)}
.sources{display:flex;flex-wrap:wrap;align-items:center;gap:4px;margin:8px 0 0;font-size:13px;color:var(--muted)}
.sources .chip{border-radius:8px;line-height:1.35;padding:3px 8px}
.notice{margin:8px 0 0;padding:6px 10px;border-radius:8px;background:var(--warn);color:var(--on-warn);font-size:13px}
.actions{display:flex;align-items:center;flex-wrap:wrap;gap:2px;margin-top:6px}
.ack{font-size:12px;color:var(--muted);margin-left:4px}
.error{align-self:stretch;max-width:none;background:var(--err);color:var(--on-err)}
.btn{padding:6px 14px;border:1px solid currentColor;border-radius:8px;background:transparent;font-weight:600}
.intro{color:var(--muted);margin:0}
.starters{display:flex;flex-direction:column;gap:8px;margin:0;padding:0;list-style:none}
.starters button{width:100%;text-align:left;padding:8px 12px;border:1px solid var(--line);border-radius:10px;background:var(--bg)}
.starters button:hover{border-color:var(--accent)}
.dots::after{content:"";display:inline-block;width:1.2em;text-align:left;animation:dots 1.2s steps(4) infinite}
@keyframes dots{0%{content:""}25%{content:"."}50%{content:".."}75%{content:"..."}}
form{display:flex;gap:8px;align-items:flex-end;padding:12px;border-top:1px solid var(--line)}
textarea{flex:1;resize:none;min-height:42px;max-height:120px;padding:9px 12px;border:1px solid var(--line);border-radius:10px;background:var(--bg)}
.send{height:42px;padding:0 14px;border:0;border-radius:10px;background:var(--accent);color:var(--on-accent)}
.send:disabled{opacity:.5;cursor:default}
.drawer{position:absolute;inset:0;display:flex;flex-direction:column;background:var(--bg)}
.drawer .content{flex:1;overflow-y:auto;padding:16px}
.drawer dl{margin:0 0 12px;font-size:13px}.drawer dt{color:var(--muted);font-weight:600}.drawer dd{margin:0 0 8px}
.drawer .text{white-space:pre-wrap;margin:0}
.drawer .bar{display:flex;flex-wrap:wrap;align-items:center;gap:8px;padding:8px 16px;border-bottom:1px solid var(--line)}
.drawer .bar .notice{margin:0;flex:1 1 180px}
mark{background:var(--mark);color:inherit;border-radius:3px;padding:0 1px}
blockquote{margin:0 0 8px;padding:2px 0 2px 10px;border-left:3px solid var(--line)}
.btn.primary{align-self:flex-start;border-color:var(--accent);background:var(--accent);color:var(--on-accent)}
.btn:disabled{opacity:.5;cursor:default}
.entry{align-self:flex-start;margin:4px 0;color:var(--accent)}
.company-form{flex-direction:column;align-items:stretch;padding:0;border:0}
.company-form textarea{min-height:80px;max-height:none;resize:vertical}
.company-form label{font-weight:600}
fieldset{margin:0;padding:8px 10px;border:1px solid var(--line);border-radius:10px;display:flex;flex-wrap:wrap;gap:4px 14px}
legend{padding:0 4px;font-size:13px;color:var(--muted)}
fieldset label{font-weight:400!important;font-size:14px;display:flex;gap:4px;align-items:center}
.results{margin-top:16px}.results h4{margin:0 0 8px;font-size:15px}
.cards{display:flex;flex-direction:column;gap:10px;margin:0;padding:0;list-style:none}
.card{padding:10px 12px;border:1px solid var(--line);border-radius:10px}
.card h5{margin:0 0 6px;font-size:14px;line-height:1.5}
.card blockquote{font-size:14px}
.meta{margin:0 0 8px;font-size:13px;color:var(--muted)}
.empty{color:var(--muted)}
.suggest{display:flex;flex-wrap:wrap;align-items:center;gap:6px;margin:10px 0 0}
.suggest .label{flex-basis:100%;margin:0;font-size:12px;font-weight:600;color:var(--muted)}
.follow{padding:5px 10px;border:1px solid var(--line);border-radius:999px;background:var(--bg);font-size:13px;line-height:1.35;text-align:left;color:var(--on-chip)}
.follow:hover{border-color:var(--accent)}
.handoff-offer{display:inline-flex;gap:6px;align-items:center;margin-top:10px;color:var(--accent)}
.handoff-offer svg{width:18px;height:18px}
.staff{align-self:flex-start;background:var(--staff);color:var(--on-staff);border-left:4px solid var(--on-staff);border-bottom-left-radius:4px}
.staff .who{font-size:12px;font-weight:700;margin:0 0 4px}
.status-line{align-self:center;margin:0;padding:4px 12px;border-radius:999px;background:var(--staff);color:var(--on-staff);font-size:13px;text-align:center}
.reason{flex-direction:column;align-items:stretch;gap:4px;margin-top:8px;padding:8px 0 0;font-size:13px}
.reason .row input{flex:1;min-width:0}
.row{display:flex;flex-wrap:wrap;align-items:center;gap:8px}
input[type=text]{font:inherit;color:inherit;padding:7px 10px;border:1px solid var(--line);border-radius:8px;background:var(--bg)}
.next{margin:0 0 4px;color:var(--muted);font-size:14px}
.lang{font-size:13px;font-weight:700}
.history{display:flex;flex-direction:column;gap:8px;margin:12px 0;padding:0;list-style:none}
.history button{width:100%;display:flex;flex-direction:column;gap:2px;text-align:left;padding:8px 12px;border:1px solid var(--line);border-radius:10px;background:var(--bg)}
.history button[aria-current=true]{border-color:var(--accent)}
.history .meta{margin:0;font-size:12px}
.contacts a,.card a{color:var(--accent)}
.share{margin-top:12px}.share .btn{display:inline-flex;gap:6px;align-items:center}.share svg{width:16px;height:16px}
@media (prefers-reduced-motion:reduce){.dots::after{animation:none;content:"…"}}
`;
