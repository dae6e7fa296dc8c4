using ManaMitra.WebhookFrontend;

await FrontendApp.Build(args).RunAsync();
