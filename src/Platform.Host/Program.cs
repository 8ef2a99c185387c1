await Task.CompletedTask;
