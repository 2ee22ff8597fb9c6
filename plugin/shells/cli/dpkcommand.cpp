#include "dpkcommand.h"

#include "dpkcommandoptions.h"

#include <QTextStream>

DpkCommand::DpkCommand( QTextStream &out, QTextStream &err )
  : mOut( out )
  , mErr( err )
{
}

std::optional<int> DpkCommand::parseOptions( DpkCommandOptions &options,
                                             const QStringList &arguments, const QString &help )
{
  options.addFlag( QStringLiteral( "--help" ) );
  const QString error = options.parse( arguments );
  if ( !error.isEmpty() )
  {
    mErr << error << '\n';
    return BadInput;
  }
  if ( options.isSet( QStringLiteral( "--help" ) ) )
  {
    mOut << help;
    return Success;
  }
  return std::nullopt;
}
