#ifndef DPKCOMMANDRUN_H
#define DPKCOMMANDRUN_H

#include <QString>
#include <QStringList>
#include <QTextStream>

/**
 * \brief What one run of a command printed and returned, for tests of the command line.
 */
struct DpkCommandRun
{
  int exitCode = -1;
  QString out;
  QString err;

  //! Runs a \a Command with \a arguments as the tool runs it, catching both of its streams.
  template <typename Command>
  static DpkCommandRun of( const QStringList &arguments )
  {
    DpkCommandRun result;
    QTextStream out( &result.out );
    QTextStream err( &result.err );
    Command command( out, err );
    result.exitCode = command.finish( command.run( arguments ) );
    out.flush();
    err.flush();
    return result;
  }
};

#endif // DPKCOMMANDRUN_H
