#ifndef DPKCOMMANDOPTIONS_H
#define DPKCOMMANDOPTIONS_H

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

/**
 * \brief The options and plain arguments of one command, read from its command line.
 *
 * A command declares the options that take a value (--format json), the flags (--quiet) and how
 * many plain arguments it takes; parse() refuses anything else with a message that names the
 * argument and what was expected, so every command reports bad options the same way.
 */
class DpkCommandOptions
{
  Q_DECLARE_TR_FUNCTIONS( DpkCommandOptions )

public:
  /**
   * Creates a parser for the command named \a command in messages ("datapakarta inspect"), whose
   * accepted arguments are summed up by \a usage in messages.
   */
  DpkCommandOptions( const QString &command, const QString &usage );

  //! Declares the option \a name (with its dashes), which takes a value.
  void addValueOption( const QString &name );

  //! Declares the flag \a name (with its dashes), which takes no value.
  void addFlag( const QString &name );

  //! Sets how many plain arguments (not options) the command takes at most; none by default.
  void setMaximumPositional( int count ) { mMaximumPositional = count; }

  /**
   * Reads \a arguments. Returns an empty string when they are all declared, otherwise a message
   * naming the first argument that is not and what was expected.
   */
  QString parse( const QStringList &arguments );

  //! Returns true when the flag or option \a name was given.
  bool isSet( const QString &name ) const;

  //! Returns the value of the option \a name, or \a defaultValue when it was not given.
  QString value( const QString &name, const QString &defaultValue = QString() ) const;

  //! Returns the name of the command in messages ("datapakarta inspect").
  QString command() const { return mCommand; }

  //! Returns the plain arguments, in order.
  QStringList positional() const { return mPositional; }

private:
  QString mCommand;
  QString mUsage;
  QSet<QString> mValueOptions;
  QSet<QString> mFlags;
  int mMaximumPositional = 0;
  QHash<QString, QString> mValues;
  QSet<QString> mFlagsSet;
  QStringList mPositional;
};

#endif // DPKCOMMANDOPTIONS_H
