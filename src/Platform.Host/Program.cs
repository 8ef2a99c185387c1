using Platform.Host;

await using var platform = await PlatformHost.BuildAsync(args);
await platform.RunAsync();
