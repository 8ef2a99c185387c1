using Platform.Host;

// A first word that is not a setting names a command (build/reconcile runs "reconcile").
if (args is [var command, ..] && !command.StartsWith('-'))
    return await PlatformCommands.RunAsync(command, args[1..], Console.Out);

await using var platform = await PlatformHost.BuildAsync(args);
await platform.RunAsync();
return 0;
