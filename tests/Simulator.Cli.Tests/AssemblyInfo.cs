// Each test here starts the program as a child process that uses every core; running them one at a
// time keeps the machine free for the other test assembly and keeps the Ctrl+C timing predictable.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
