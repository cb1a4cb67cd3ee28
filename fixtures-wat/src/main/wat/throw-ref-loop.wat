;; throw-ref-loop: catches one exception as an exnref, then rethrows it with `throw_ref` forever: each
;; `catch_all_ref` lands back at the loop head with the exnref as the loop's parameter.
;; Stopped by: the DEADLINE -> PREEMPTED.
;; Hostile because: the back-edge is a rethrow of a caught exception reference, a third jump path besides
;; branches and fresh throws.
;; Binary: assembled from throw-ref-loop.wasm.txt (wat2wasm 1.0.35 cannot encode exnref, try_table or
;; throw_ref); this text is its specification.
(module
  (tag $boom)
  (func (export "run")
    (block $first (result exnref)
      (try_table (catch_all_ref $first)
        (throw $boom))
      unreachable)
    (loop $again (param exnref)
      (try_table (param exnref) (catch_all_ref $again)
        (throw_ref)))))
