#include "dpkcommand.h"

DpkCommand::DpkCommand( QTextStream &out, QTextStream &err )
  : mOut( out )
  , mErr( err )
{
}
