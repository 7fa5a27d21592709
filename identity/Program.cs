using PropertySaaS.Identity.Features.DemoSeed;
using PropertySaaS.Identity.Hosting;

// `seed-demo --file <path>`: import demo users and exit (the server does the same at start-up with Identity:DemoUsersFile).
if (args.FirstOrDefault() == "seed-demo")
    return await DemoSeedCommand.RunAsync(args[1..]);

await IdentityApp.Build(args).RunAsync();
return 0;
