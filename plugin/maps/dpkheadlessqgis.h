#ifndef DPKHEADLESSQGIS_H
#define DPKHEADLESSQGIS_H

#include <QString>
#include <QTemporaryDir>

#include <memory>

class QgsApplication;

/**
 * \brief A QGIS application without a desktop, for the command-line tool and the tests.
 *
 * It draws off screen, finds the QGIS installation through QGIS_PREFIX_PATH or the prefix QGIS
 * was built with, and initialises the providers. With a throwaway profile it leaves the user's
 * QGIS settings alone; otherwise it reads the user's profile, so that QGIS's network proxy and
 * authentication settings apply.
 */
class DpkHeadlessQgis
{
public:
  //! Which QGIS profile the application reads and writes.
  enum class Profile
  {
    Throwaway, //!< A temporary folder removed at the end: never touches user settings.
    User,      //!< The user's default QGIS profile.
  };

  //! Starts QGIS for the program's \a argc and \a argv; they must outlive this object.
  DpkHeadlessQgis( int &argc, char **argv, Profile profile );

  //! Shuts QGIS down.
  ~DpkHeadlessQgis();

  DpkHeadlessQgis( const DpkHeadlessQgis & ) = delete;
  DpkHeadlessQgis &operator=( const DpkHeadlessQgis & ) = delete;

  //! Returns the folder of the user's default QGIS profile, the one the QGIS desktop uses.
  static QString userProfileFolder();

  //! Returns the running application.
  QgsApplication *application() const { return mApplication.get(); }

private:
  std::unique_ptr<QTemporaryDir> mProfileDir;
  std::unique_ptr<QgsApplication> mApplication;
};

#endif // DPKHEADLESSQGIS_H
