;; gc-array-bomb: allocates 1 MiB GC arrays (131072 i64 elements) forever, keeping every one reachable
;; through a linked list of structs in a global.
;; Stopped by: the DEADLINE -> PREEMPTED.
;; Hostile because: GC objects live on the host's heap, outside linear memory, so no memory cap bounds them;
;; without a deadline it ends in an OutOfMemoryError of the host JVM.
;; Binary: assembled from gc-array-bomb.wasm.txt (wat2wasm 1.0.35 cannot encode GC types or instructions);
;; this text is its specification.
(module
  (type $arr (array (mut i64)))
  (type $node (struct (field (ref $arr)) (field (ref null $node))))
  (global $head (mut (ref null $node)) (ref.null $node))
  (func (export "run")
    (loop $again
      (global.set $head
        (struct.new $node
          (array.new_default $arr (i32.const 131072))
          (global.get $head)))
      (br $again))))
