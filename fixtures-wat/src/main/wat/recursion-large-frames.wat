;; recursion-large-frames: unbounded recursion in which every frame has 2002 i64 locals (16 KiB).
;; Stopped by: the STACK limit -> STACK_EXHAUSTED (on the interpreters the default call depth, sized by
;; the module's largest frame).
;; Hostile because: interpreters keep Wasm frames on the JVM heap, so without a call depth sized by the
;; frame, 10,000 such frames would take 160 MiB of heap before any stack overflows.
(module
  (func (export "run") (result i64)
    (call $deep (i64.const 0)))
  (func $deep (param $n i64) (result i64)
    (local $first i64)
    (local i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64
           i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64)
    (local $last i64)
    (local.set $first (local.get $n))
    (local.set $last (local.get $n))
    (i64.add (call $deep (i64.add (local.get $n) (i64.const 1)))
             (i64.add (local.get $first) (local.get $last)))))
