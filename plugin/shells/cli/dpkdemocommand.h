#ifndef DPKDEMOCOMMAND_H
#define DPKDEMOCOMMAND_H

#include "dpkcommand.h"

#include <QCoreApplication>

/**
 * \brief datapakarta demo: writes the built-in demo data and builds its map, project and PDFs.
 *
 * A first-time user sees the whole production work in one command, without data of their own
 * and without a network. The demo data (DpkDemoData) go into <out>/data with their run
 * configuration, which is then built exactly as datapakarta build builds any run, with a map
 * sheet and an atlas per indicator.
 */
class DpkDemoCommand : public DpkCommand
{
  Q_DECLARE_TR_FUNCTIONS( DpkDemoCommand )

public:
  using DpkCommand::DpkCommand;

  int run( const QStringList &arguments ) override;

  //! Returns the help text of the command.
  static QString helpText();
};

#endif // DPKDEMOCOMMAND_H
