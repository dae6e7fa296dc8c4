using ManaMitra.Silo;

// `migrate` brings the PostgreSQL schema up to date and exits; anything else runs one silo.
if (args is ["migrate", ..])
{
    return await MigrateCommand.RunAsync(args[1..]);
}

var app = SiloApp.Build(args);
await app.RunAsync();
return 0;
