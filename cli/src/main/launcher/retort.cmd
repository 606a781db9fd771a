@echo off
rem The Retort command line: runs retort.jar (beside this script) with JVM options for a short-lived
rem process, "java -jar retort.jar" otherwise. See docs/cli.md ("Installing").
rem   JAVA_HOME    the Java 17+ to run (default: java on the PATH)
rem   JAVA_OPTS    JVM options, after Retort's own, so they win
rem   RETORT_OPTS  the same, for Retort only
setlocal
set "RETORT_JAVA=java"
if defined JAVA_HOME set "RETORT_JAVA=%JAVA_HOME%\bin\java.exe"
"%RETORT_JAVA%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto %JAVA_OPTS% %RETORT_OPTS% -jar "%~dp0retort.jar" %*
exit /b %ERRORLEVEL%
