// The tests start host processes that compete for the same two cores and the same Azurite: run them one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
