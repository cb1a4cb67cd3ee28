// One-off: splits proposal .wast scripts into top-level forms, converts each text (module ...) with binaryen,
// and lists invokes whose arguments are integer constants (or ref.null), for a differential run in Java.
import binaryen from 'binaryen';
import fs from 'fs';
const [,, outDir, ...scripts] = process.argv;
function forms(text) {
  const out = []; let depth = 0, start = -1, i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === ';' && text[i+1] === ';') { while (i < text.length && text[i] !== '\n') i++; continue; }
    if (c === '(' && text[i+1] === ';') { let n = 0; do { if (text.startsWith('(;', i)) { n++; i += 2; } else if (text.startsWith(';)', i)) { n--; i += 2; } else i++; } while (n > 0 && i < text.length); continue; }
    if (c === '"') { i++; while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1; i++; continue; }
    if (c === '(') { if (depth === 0) start = i; depth++; }
    else if (c === ')') { depth--; if (depth === 0) out.push(text.substring(start, i + 1)); }
    i++;
  }
  return out;
}
function parseInt64(t) { // i32/i64 literal -> unsigned decimal string of its bits (BigInt)
  t = t.replace(/_/g, '');
  let neg = t.startsWith('-'); if (neg || t.startsWith('+')) t = t.slice(1);
  let v = BigInt(t); if (neg) v = -v; return v;
}
function invoke(form) {
  const m = form.match(/^\(invoke\s+(?:\$\S+\s+)?"([^"]*)"\s*(.*)\)$/s);
  if (!m) return null;
  const args = []; const re = /\((i32|i64)\.const\s+([^\s)]+)\)|\(ref\.null\s+[^\s)]+\)/g; let rest = m[2].trim(); let a;
  let consumed = '';
  while ((a = re.exec(rest)) !== null) {
    if (a[1]) { let v = parseInt64(a[2]); if (a[1] === 'i32') v = BigInt.asIntN(32, v); else v = BigInt.asIntN(64, v); args.push(v.toString()); }
    else args.push('null');
    consumed += a[0];
  }
  if (consumed.replace(/\s/g, '') !== rest.replace(/\s/g, '')) return null;
  return { field: m[1], args };
}
const index = [];
for (const script of scripts) {
  const base = script.split('/').pop().replace('.wast', '');
  const text = fs.readFileSync(script, 'utf8');
  let n = 0, current = null;
  for (const f of forms(text)) {
    if (f.startsWith('(module')) {
      current = null;
      if (/^\(module\s+(\$\S+\s+)?(binary|quote|definition|instance)/.test(f)) { index.push({ script: base, skipped: 'binary/quote/definition module' }); continue; }
      try {
        const mod = binaryen.parseText(f);
        mod.setFeatures(binaryen.Features.All);
        const bin = mod.emitBinary();
        mod.dispose();
        const file = `${base}.${n++}.wasm`;
        fs.writeFileSync(`${outDir}/${file}`, bin);
        current = { script: base, file, invokes: [] };
        index.push(current);
      } catch (e) { index.push({ script: base, skipped: 'binaryen: ' + String(e.message || e).slice(0, 80) }); }
    } else if (current && /^\((assert_return|assert_trap|assert_exception|assert_exhaustion|invoke)/.test(f)) {
      const inner = f.startsWith('(invoke') ? f : (forms(f.slice(1, -1).replace(/^\S+/, ''))[0] || '');
      const inv = inner.startsWith('(invoke') ? invoke(inner) : null;
      if (inv) current.invokes.push(inv); else current.unparsed = (current.unparsed || 0) + 1;
    } else if (current && f.startsWith('(register')) {
      current.registered = true;
    }
  }
}
fs.writeFileSync(`${outDir}/index.json`, JSON.stringify(index, null, 1));
