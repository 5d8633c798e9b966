using System;
using EmrDsl.Cli;

return EmrDslCli.Run(args, Console.Out, Console.Error);
