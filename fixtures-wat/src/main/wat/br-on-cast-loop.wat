;; br-on-cast-loop: `br_on_cast` is the loop's back-edge: the cast always succeeds, so the branch goes back
;; to the loop head carrying the reference.
;; Stopped by: the DEADLINE -> PREEMPTED.
;; Hostile because: a GC cast that branches is a back-edge a runtime may not treat as one.
;; Binary: assembled from br-on-cast-loop.wasm.txt (wat2wasm 1.0.35 cannot encode GC types or
;; instructions); this text is its specification.
(module
  (type $base (sub (struct)))
  (type $derived (sub $base (struct (field i32))))
  (func (export "run")
    (struct.new $derived (i32.const 7))
    (loop $again (param (ref null $base))
      (br_on_cast $again (ref null $base) (ref $derived))
      drop)))
