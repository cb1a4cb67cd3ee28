;; try-table-payload-loop: as try-table-loop, with an i32 payload: the loop takes the caught payload as its
;; parameter, adds 1 and throws it again.
;; Stopped by: the DEADLINE -> PREEMPTED.
;; Hostile because: the exception carries a value back to the loop head, like a block parameter of a branch,
;; but through the exception path only.
;; Binary: assembled from try-table-payload-loop.wasm.txt (wat2wasm 1.0.35 cannot encode try_table); this
;; text is its specification.
(module
  (tag $boom (param i32))
  (func (export "run")
    (i32.const 0)
    (loop $again (param i32)
      (try_table (param i32) (catch $boom $again)
        (i32.add (i32.const 1))
        (throw $boom)))))
