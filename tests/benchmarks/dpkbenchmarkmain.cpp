// The main() of the benchmark program: a Qt application around Google Benchmark's runner, so
// that the code measured finds the Qt environment it runs in.

#include <QCoreApplication>

#include <benchmark/benchmark.h>

int main( int argc, char **argv )
{
  QCoreApplication application( argc, argv );
  ::benchmark::Initialize( &argc, argv );
  if ( ::benchmark::ReportUnrecognizedArguments( argc, argv ) )
    return 1;
  ::benchmark::RunSpecifiedBenchmarks();
  ::benchmark::Shutdown();
  return 0;
}
