#ifndef DPKINSTALLPROJECTTEMPLATECOMMAND_H
#define DPKINSTALLPROJECTTEMPLATECOMMAND_H

#include "dpkcommand.h"

#include <QCoreApplication>

/**
 * \brief datapakarta install-project-template: copies the plugin's project template into QGIS's
 * project template folder, so that Project → New from Template offers it.
 */
class DpkInstallProjectTemplateCommand : public DpkCommand
{
  Q_DECLARE_TR_FUNCTIONS( DpkInstallProjectTemplateCommand )

public:
  using DpkCommand::DpkCommand;

  int run( const QStringList &arguments ) override;

  //! Returns the text of datapakarta install-project-template --help.
  static QString helpText();
};

#endif // DPKINSTALLPROJECTTEMPLATECOMMAND_H
