#ifndef DPKCOMMANDLINETOOL_H
#define DPKCOMMANDLINETOOL_H

#include "dpkcommand.h"
#include "dpkresult.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <memory>

/**
 * \brief The datapakarta command: finds the verb and hands the remaining arguments to its
 * command; answers --version and --help itself.
 *
 * The tool runs the engine without QGIS's desktop; each verb is a DpkCommand of its own.
 */
class DpkCommandLineTool : public DpkCommand
{
  Q_DECLARE_TR_FUNCTIONS( DpkCommandLineTool )

public:
  using DpkCommand::DpkCommand;

  //! Runs the command given by \a arguments (without the program name); returns the exit code.
  int run( const QStringList &arguments ) override;

  //! Returns the general help text.
  static QString helpText();

  /**
   * Returns the language the tool speaks ("sv" or "en"): the one named by an option --lang in
   * \a arguments, which is removed from them, or else the language of \a systemLocale (e.g.
   * "sv_SE.UTF-8" from LANG or LC_ALL). An unknown --lang value is an error naming it.
   */
  static DpkResult<QString> chosenLanguage( QStringList &arguments, const QString &systemLocale );

private:
  //! One verb of the tool: its name and how its command is made.
  struct Verb
  {
    const char *name;
    std::unique_ptr<DpkCommand> ( *create )( QTextStream &out, QTextStream &err );
  };

  //! Returns the verbs, in the order the help lists them.
  static const QList<Verb> &verbs();
};

#endif // DPKCOMMANDLINETOOL_H
