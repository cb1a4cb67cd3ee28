;; try-table-call-loop: as try-table-loop, but the `throw` happens in a callee; the catch goes back to the
;; loop head.
;; Stopped by: the DEADLINE -> PREEMPTED.
;; Hostile because: the exception unwinds a frame on every iteration; the call is checked, the unwinding
;; must not leak or hide the stop.
;; Binary: assembled from try-table-call-loop.wasm.txt (wat2wasm 1.0.35 cannot encode try_table); this text
;; is its specification.
(module
  (tag $boom)
  (func $thrower
    (throw $boom))
  (func (export "run")
    (loop $again
      (try_table (catch $boom $again)
        (call $thrower)))))
